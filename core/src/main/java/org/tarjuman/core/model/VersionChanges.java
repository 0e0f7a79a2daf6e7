package org.tarjuman.core.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a new document version differs from the previous one, and what was carried over.
 *
 * @param previousVersion the version compared with
 * @param segments the number of new segments of each kind, and of old segments deleted ({@link
 *     LinkKind#DELETED}); every kind is present, possibly with 0
 * @param carried translations carried over as they were (unchanged and moved segments), over all
 *     target languages
 * @param suggested old translations carried over as suggestions with status {@code needs-review}
 *     (edited, split and merged segments), over all target languages
 * @param deleted the ids of the previous version's segments found in no new segment, in order
 */
public record VersionChanges(
    int previousVersion,
    Map<LinkKind, Integer> segments,
    int carried,
    int suggested,
    List<Long> deleted) {
  public VersionChanges {
    deleted = List.copyOf(deleted);
    EnumMap<LinkKind, Integer> all = new EnumMap<>(LinkKind.class);
    for (LinkKind kind : LinkKind.values()) {
      all.put(kind, segments.getOrDefault(kind, 0));
    }
    segments = Map.copyOf(all);
  }

  /** The number of segments of one kind. */
  public int count(LinkKind kind) {
    return segments.get(kind);
  }
}
