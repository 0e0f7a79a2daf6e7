package org.tarjuman.core.model;

import java.util.Objects;

/**
 * One segment of a source unit, as the import pipeline hands it to storage.
 *
 * @param content the segment's text with inline codes
 * @param words its word count (Okapi's GMX-V word counter)
 */
public record SourceSegment(Content content, long words) {
  public SourceSegment {
    Objects.requireNonNull(content, "content");
    if (words < 0) {
      throw new IllegalArgumentException("words < 0");
    }
  }
}
