package org.tarjuman.core.store;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tarjuman.core.model.Origin;

/**
 * Translations of one document version into one language, from one origin, to be stored together.
 *
 * @param documentId the document's id
 * @param version the document version's number, whose segments the updates name
 * @param target the target language, as the document stores it
 * @param origin where the translations come from, e.g. {@link Origin#XLIFF}
 * @param updates the translations, at most one per segment
 */
public record TranslationBatch(
    long documentId, int version, Locale target, Origin origin, List<TranslationUpdate> updates) {
  public TranslationBatch {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(origin, "origin");
    updates = List.copyOf(updates);
    Set<Long> seen = new HashSet<>();
    for (TranslationUpdate update : updates) {
      if (!seen.add(update.segmentId())) {
        throw new IllegalArgumentException(
            "two translations for segment " + update.segmentId() + " in one batch");
      }
    }
  }

  /** The version, language and origin the batch is for. */
  public BatchScope scope() {
    return new BatchScope(documentId, version, target, origin);
  }
}
