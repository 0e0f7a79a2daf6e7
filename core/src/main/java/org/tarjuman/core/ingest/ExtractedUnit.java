package org.tarjuman.core.ingest;

import java.util.Objects;
import org.tarjuman.core.model.Content;

/**
 * A translatable unit as a filter extracted it, before segmentation.
 *
 * @param index the unit's position in the document, from 0
 * @param key the filter's id for the unit
 * @param content the unit's whole text with the format's inline codes
 */
public record ExtractedUnit(int index, String key, Content content) {
  public ExtractedUnit {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(content, "content");
  }
}
