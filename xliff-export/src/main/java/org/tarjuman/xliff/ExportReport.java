package org.tarjuman.xliff;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * What an XLIFF export wrote.
 *
 * @param file the file written
 * @param xliffVersion the XLIFF version of the file
 * @param documentId the document's id
 * @param documentName the document's name
 * @param version the document version exported (its latest)
 * @param target the target language, as the document stores it
 * @param units the units written, one per segment
 * @param translated units written with a translation (any status but new)
 * @param withSuggestions units written with at least one suggestion
 * @param tmDrafts untranslated segments given a draft from an exact TM match by this export (stored,
 *     and counted in {@code translated})
 */
public record ExportReport(
    Path file,
    XliffVersion xliffVersion,
    long documentId,
    String documentName,
    int version,
    Locale target,
    int units,
    int translated,
    int withSuggestions,
    int tmDrafts) {

  /** A report of an export that filled in no TM draft. */
  public ExportReport(
      Path file,
      XliffVersion xliffVersion,
      long documentId,
      String documentName,
      int version,
      Locale target,
      int units,
      int translated,
      int withSuggestions) {
    this(
        file,
        xliffVersion,
        documentId,
        documentName,
        version,
        target,
        units,
        translated,
        withSuggestions,
        0);
  }

  public ExportReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(xliffVersion, "xliffVersion");
    Objects.requireNonNull(documentName, "documentName");
    Objects.requireNonNull(target, "target");
  }
}
