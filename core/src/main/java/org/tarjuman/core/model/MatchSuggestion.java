package org.tarjuman.core.model;

import java.util.Objects;

/**
 * A candidate translation for a segment that is offered, never written as its target: a fuzzy TM
 * match ({@link Origin#TM_FUZZY}), an exact one offered to a Gettext plural form ({@link
 * Origin#TM_EXACT}, 100), or another segment of the same document with a similar or equal
 * source and a translation ({@link Origin#REPETITION}, a near-repetition when the score is below
 * 100).
 *
 * @param source the source the candidate translates (the TM unit's, or the other segment's)
 * @param target the candidate translation
 * @param score its match score against the segment, 1 to 100
 * @param origin where it comes from
 */
public record MatchSuggestion(Content source, Content target, int score, Origin origin) {
  public MatchSuggestion {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(origin, "origin");
    if (score < 1 || score > TmMatch.EXACT) {
      throw new IllegalArgumentException("score " + score + " outside 1-100");
    }
  }
}
