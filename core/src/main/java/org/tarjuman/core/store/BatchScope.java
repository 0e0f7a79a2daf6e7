package org.tarjuman.core.store;

import java.util.Locale;
import java.util.Objects;
import org.tarjuman.core.model.Origin;

/**
 * Where a batch of translations goes: one document version, one target language, one origin.
 *
 * @param documentId the document's id
 * @param version the document version's number, whose segments the updates name
 * @param target the target language, as the document stores it
 * @param origin where the translations come from, e.g. {@link Origin#XLIFF}
 */
public record BatchScope(long documentId, int version, Locale target, Origin origin) {
  public BatchScope {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(origin, "origin");
  }
}
