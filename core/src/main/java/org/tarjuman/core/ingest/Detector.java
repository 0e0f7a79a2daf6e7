package org.tarjuman.core.ingest;

import java.nio.file.Path;
import org.tarjuman.core.model.Detection;

/** First stage of the import pipeline: what a file is and how its text is encoded. */
public interface Detector {

  /**
   * Detects the format and encoding of a file.
   *
   * @throws org.tarjuman.core.InvalidInputException when the file is missing, a directory, empty,
   *     unreadable, binary, or of a format Tarjuman does not import (the message names the
   *     supported formats)
   */
  Detection detect(Path file);
}
