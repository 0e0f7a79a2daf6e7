package org.tarjuman.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A translation as it was before it was replaced: one entry of a translation's history.
 *
 * @param translation the text, status, origin, score and date it had
 * @param replacedAt when it was replaced
 */
public record EarlierTranslation(TranslationView translation, Instant replacedAt) {
  public EarlierTranslation {
    Objects.requireNonNull(translation, "translation");
    Objects.requireNonNull(replacedAt, "replacedAt");
  }
}
