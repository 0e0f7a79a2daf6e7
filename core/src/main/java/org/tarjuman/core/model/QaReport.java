package org.tarjuman.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The QA issues of a document's latest version into one target language.
 *
 * @param document the document
 * @param target the target language checked
 * @param checked how many segments have a translation and were checked
 * @param untranslated how many segments have no translation yet and were not checked
 * @param issues the issues in document order
 */
public record QaReport(
    DocumentSummary document, Locale target, int checked, int untranslated, List<QaIssue> issues) {
  public QaReport {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(target, "target");
    issues = List.copyOf(issues);
  }
}
