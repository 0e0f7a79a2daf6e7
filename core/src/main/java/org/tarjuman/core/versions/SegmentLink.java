package org.tarjuman.core.versions;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.tarjuman.core.model.LinkKind;

/**
 * A link between a new version's segment and the old segments it comes from.
 *
 * @param kind how they relate
 * @param newId the new segment; empty for {@link LinkKind#DELETED}
 * @param oldIds the old segments, in order: one for unchanged, moved, edited, split and deleted,
 *     several for merged, none for new
 * @param score the fuzzy score of an edited segment against its old one; 100 for unchanged and
 *     moved; 0 otherwise
 */
public record SegmentLink(LinkKind kind, OptionalLong newId, List<Long> oldIds, int score) {
  public SegmentLink {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(newId, "newId");
    oldIds = List.copyOf(oldIds);
  }
}
