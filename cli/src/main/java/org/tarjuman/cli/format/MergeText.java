package org.tarjuman.cli.format;

import java.util.List;
import org.tarjuman.core.model.MergeReport;

/** The output of {@code merge}: plain text, or with {@code --json} one JSON document. */
public final class MergeText {

  /** {@code merge --json}: the same facts as the text, in the conventions of {@link JsonOutput}. */
  public String json(MergeReport r) {
    return JsonText.write(
        new MergeJson(
            r.documentName(),
            r.version(),
            r.target().toLanguageTag(),
            r.output().toString(),
            r.format().displayName(),
            r.charset().isEmpty() ? null : r.charset(),
            r.translated(),
            r.keptSource(),
            r.notes()));
  }

  /** {@code charset} is null for a format whose parts keep their own encoding (DOCX). */
  record MergeJson(
      String document,
      int version,
      String target,
      String file,
      String format,
      String charset,
      int translated,
      int keptSource,
      List<String> notes) {}

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
      out.append('\n').append(TextTable.wrapAfter("Note: ", note, TextTable.COLUMNS));
    }
    return out.toString();
  }

  /** "  label       value", the value wrapped to 80 columns under itself. */
  private static void line(StringBuilder out, String label, Object value) {
    out.append('\n').append(TextTable.labelled(label, value, TextTable.COLUMNS));
  }
}
