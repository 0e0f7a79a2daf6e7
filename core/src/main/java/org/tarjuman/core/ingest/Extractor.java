package org.tarjuman.core.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tarjuman.core.model.Detection;

/**
 * Second stage: turns a document into its translatable units, in document order, streaming them
 * to a consumer so a large document is never held whole in memory. Units without translatable
 * text (empty paragraphs, markup only, empty values) and units marked not to translate are not
 * passed on, but counted.
 */
public interface Extractor {

  /**
   * Extracts the units of a detected document translated into {@code targets} (a Gettext plural
   * entry gets the forms the targets need), and says how many were skipped.
   *
   * @throws org.tarjuman.core.InvalidInputException when the document cannot be read as the
   *     detected format
   */
  Extraction extract(
      Path file,
      Detection detection,
      Locale source,
      List<Locale> targets,
      Consumer<ExtractedUnit> sink);

  /** Extracts the units of a detected document for no particular target language. */
  default Extraction extract(
      Path file, Detection detection, Locale source, Consumer<ExtractedUnit> sink) {
    return extract(file, detection, source, List.of(), sink);
  }
}
