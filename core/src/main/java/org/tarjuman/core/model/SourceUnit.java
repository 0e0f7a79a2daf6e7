package org.tarjuman.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One translation unit of a document (a paragraph, a heading, a table cell, a string resource),
 * already segmented.
 *
 * @param index the unit's position in the document, from 0
 * @param key the unit's resource key where the format has one (property key, JSON path, PO
 *     context or message id), else the filter's id for the unit
 * @param segments the unit's segments in order, never empty
 * @param note what the file says to the translator about the unit (comments, context); may be
 *     empty
 */
public record SourceUnit(int index, String key, List<SourceSegment> segments, String note) {
  public SourceUnit {
    Objects.requireNonNull(key, "key");
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a unit has at least one segment: " + key);
    }
    Objects.requireNonNull(note, "note");
  }

  /** A unit without a note. */
  public SourceUnit(int index, String key, List<SourceSegment> segments) {
    this(index, key, segments, "");
  }
}
