package org.tarjuman.cli.format;

import java.util.Locale;
import org.tarjuman.core.model.MergeReport;

/** The plain-text output of {@code merge}. */
public final class MergeText {

  /** Where the document was written, its format and encoding, and the counts. */
  public String mergeReport(MergeReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Merged ")
        .append(report.documentName())
        .append(", version ")
        .append(report.version())
        .append(", into ")
        .append(report.target().toLanguageTag());
    line(out, "file", report.output());
    line(
        out,
        "format",
        report.format().displayName() + (report.charset().isEmpty() ? "" : ", " + report.charset()));
    line(out, "translated", report.translated());
    line(out, "kept source", report.keptSource());
    for (String note : report.notes()) {
      out.append("\nNote: ").append(note);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String label, Object value) {
    out.append("\n  ").append(String.format(Locale.ROOT, "%-12s", label)).append(value);
  }
}
