package org.tarjuman.core.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A translation memory unit: a source segment and its translation in one language pair.
 *
 * @param sourceLanguage the source language (BCP 47)
 * @param targetLanguage the target language (BCP 47)
 * @param source the source with inline codes
 * @param target the translation with inline codes
 * @param previous the plain text of the source segment before this one, for in-context matches
 * @param next the plain text of the source segment after this one
 * @param origin where the translation came from
 * @param created when the unit was first made
 * @param changed when it was last changed
 */
public record TmUnit(
    Locale sourceLanguage,
    Locale targetLanguage,
    Content source,
    Content target,
    Optional<String> previous,
    Optional<String> next,
    Origin origin,
    Instant created,
    Instant changed) {
  public TmUnit {
    Objects.requireNonNull(sourceLanguage, "sourceLanguage");
    Objects.requireNonNull(targetLanguage, "targetLanguage");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(changed, "changed");
    if (sourceLanguage.equals(targetLanguage)) {
      throw new IllegalArgumentException("source and target are both " + sourceLanguage);
    }
  }
}
