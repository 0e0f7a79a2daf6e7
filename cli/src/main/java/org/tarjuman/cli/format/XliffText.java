package org.tarjuman.cli.format;

import java.util.Locale;
import org.tarjuman.xliff.ExportReport;
import org.tarjuman.xliff.ImportXliffReport;
import org.tarjuman.xliff.Rejection;

/** The plain-text output of {@code export-xliff} and {@code import-xliff}. */
public final class XliffText {

  /** What an export wrote: the file, the document and the counts. */
  public String exportReport(ExportReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Exported document ")
        .append(report.documentId())
        .append(", version ")
        .append(report.version())
        .append(": ")
        .append(report.documentName());
    line(out, "file", report.file());
    line(out, "format", "XLIFF " + report.xliffVersion().label());
    line(out, "target", report.target().toLanguageTag());
    line(out, "units", report.units());
    line(out, "translated", report.translated());
    line(out, "TM drafts", report.tmDrafts() + " exact TM matches filled in as drafts");
    line(out, "suggestions", report.withSuggestions());
    return out.toString();
  }

  /** What an import did: the counts, then each rejected unit with its reason. */
  public String importReport(ImportXliffReport report) {
    StringBuilder out = new StringBuilder();
    String heading =
        "Imported "
            + report.file()
            + " (XLIFF "
            + report.xliffVersion().label()
            + ") into document "
            + report.documentId()
            + ", version "
            + report.version()
            + ": "
            + report.documentName();
    out.append(TextTable.wrapAfter("", heading, TextTable.COLUMNS));
    line(out, "target", report.target().toLanguageTag());
    line(out, "updated", report.updated());
    line(out, "unchanged", report.unchanged());
    line(out, "empty", report.empty());
    line(out, "rejected", report.rejected());
    line(out, "TM units", report.tmUnitsAdded() + " added");
    line(out, "repetitions", report.repetitions() + " filled in as drafts");
    if (!report.rejections().isEmpty()) {
      out.append("\nRejected units (fix them in the file and import it again):");
      for (Rejection rejection : report.rejections()) {
        out.append("\n  ")
            .append(label(rejection.reason()))
            .append(": ")
            .append(rejection.message());
      }
    }
    return out.toString();
  }

  /** A reason as users read it: {@code source-changed}. */
  public static String label(Rejection.Reason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** "  label       value", the value wrapped to 80 columns under itself. */
  private static void line(StringBuilder out, String label, Object value) {
    out.append('\n').append(TextTable.labelled(label, value, TextTable.COLUMNS));
  }
}
