package org.tarjuman.core.segment;

import java.util.List;
import java.util.Objects;
import org.tarjuman.core.model.Content;

/**
 * Keeps each unit whole, as one segment: for software strings (PO, properties, JSON, YAML, Android
 * strings), where a unit is one resource string named by its key.
 *
 * <p>A resource string is a message shown as a whole (a label, an error with its placeholders:
 * {@code Error: {0}}, {@code Files: %d}), not a paragraph of prose: sentence rules written for
 * prose would cut it at a colon and leave a placeholder alone in a segment of its own, and a
 * string's key names one translation, not one per sentence. Gettext tools, Weblate, Crowdin and
 * Okapi's own Rainbow (without a segmentation step) translate such strings whole too. The string is
 * trimmed as {@link SrxSegmenter} trims a segment, so its white space at either end stays in the
 * file; a blank string has no segment.
 */
public final class WholeStringSegmenter implements Segmenter {

  @Override
  public List<Content> segment(Content unit) {
    Objects.requireNonNull(unit, "unit");
    Content whole = SrxSegmenter.trim(unit);
    return whole.isBlank() ? List.of() : List.of(whole);
  }
}
