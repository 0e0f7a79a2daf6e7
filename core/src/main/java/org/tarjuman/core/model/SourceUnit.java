package org.tarjuman.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One translation unit of a document (a paragraph, a heading, a table cell), already segmented.
 *
 * @param index the unit's position in the document, from 0
 * @param key the filter's id for the unit (a resource key where the format has one)
 * @param segments the unit's segments in order, never empty
 */
public record SourceUnit(int index, String key, List<SourceSegment> segments) {
  public SourceUnit {
    Objects.requireNonNull(key, "key");
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a unit has at least one segment: " + key);
    }
  }
}
