package org.tarjuman.core.ingest;

import java.util.Objects;
import org.tarjuman.core.model.Content;

/**
 * A translatable unit as a filter extracted it, before segmentation.
 *
 * @param index the unit's position in the document, from 0
 * @param key the unit's resource key where the format has one, else the filter's id for it
 * @param content the unit's whole text with the format's inline codes
 * @param note what the file says to the translator about the unit (comments, context); may be
 *     empty
 */
public record ExtractedUnit(int index, String key, Content content, String note) {
  public ExtractedUnit {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(note, "note");
  }

  /** A unit without a note. */
  public ExtractedUnit(int index, String key, Content content) {
    this(index, key, content, "");
  }
}
