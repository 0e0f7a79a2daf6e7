package org.tarjuman.core.store;

import java.util.Objects;
import org.tarjuman.core.model.Content;

/**
 * A draft translation for a segment, taken from an exact TM match.
 *
 * @param segmentId the segment
 * @param tmUnitId the TM unit it comes from, whose use count goes up
 * @param target the translation
 * @param score 100, or 101 for an in-context match
 */
public record SegmentDraft(long segmentId, long tmUnitId, Content target, int score) {
  public SegmentDraft {
    Objects.requireNonNull(target, "target");
  }
}
