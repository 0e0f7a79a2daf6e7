package org.tarjuman.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code merge} wrote.
 *
 * @param documentName the document's name
 * @param version the document version that was merged
 * @param target the target language
 * @param format the document's format, which the output has too
 * @param output where the translated document was written
 * @param charset the output's encoding; empty for binary formats such as DOCX
 * @param translated segments written with their translation
 * @param keptSource segments written with their source, having no usable translation
 * @param notes anything the user should know, e.g. that the original's encoding was replaced
 */
public record MergeReport(
    String documentName,
    int version,
    Locale target,
    Format format,
    Path output,
    String charset,
    int translated,
    int keptSource,
    List<String> notes) {
  public MergeReport {
    Objects.requireNonNull(documentName, "documentName");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(charset, "charset");
    notes = List.copyOf(notes);
  }
}
