package org.tarjuman.xliff.model;

import java.util.Objects;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;

/**
 * A candidate translation offered to the translator beside a segment: an {@code <alt-trans>} (XLIFF
 * 1.2 §alt-trans) or an {@code <mtc:match>} (XLIFF 2.1 §5.1, Translation Candidates module).
 *
 * <p>Both formats carry the candidate's own source, so a fuzzy match shows the translator what
 * differs from the segment.
 *
 * @param source the source text the candidate was made for (for an exact match or a repetition, the
 *     segment's own source)
 * @param target the candidate translation; its inline codes use the segment's code ids
 * @param score the match score, 0 to 100
 * @param origin where the candidate comes from (repetition, TM exact or fuzzy match, …)
 */
public record Suggestion(Content source, Content target, int score, Origin origin) {
  public Suggestion {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(origin, "origin");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be between 0 and 100: " + score);
    }
  }
}
