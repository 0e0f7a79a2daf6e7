package org.tarjuman.core.model;

import java.time.Instant;
import java.util.Locale;

/**
 * A segment's translation into one language.
 *
 * @param target the target language
 * @param content the translated text with inline codes
 * @param status the translation's status
 * @param origin where the translation came from
 * @param score the match score of a TM-based origin, an alignment's confidence, else null
 * @param changedAt when it was last changed
 */
public record TranslationView(
    Locale target, Content content, Status status, Origin origin, Integer score, Instant changedAt) {

  /**
   * Whether this is the empty second half of a 2:1 alignment: one sentence of the translation
   * translates this segment and the one before it, and is stored with that one ({@code align}).
   * No other aligned translation is empty, since a pair with a target sentence always has text.
   */
  public boolean joinedToPrevious() {
    return origin == Origin.ALIGNED && content != null && content.coded().isEmpty();
  }
}
