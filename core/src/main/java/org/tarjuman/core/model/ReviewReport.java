package org.tarjuman.core.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code review} wrote.
 *
 * @param file the HTML page written
 * @param document the document reviewed
 * @param target the target language shown
 * @param segments how many segments the page shows
 * @param issues how many QA issues it shows
 */
public record ReviewReport(
    Path file, DocumentSummary document, Locale target, int segments, int issues) {
  public ReviewReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(target, "target");
  }
}
