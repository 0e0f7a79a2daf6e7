package org.tarjuman.cli.format;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tarjuman.core.store.BackupReport;

/** The text of {@code backup} and {@code restore}: the file, the schema version, rows per table. */
@Component
public final class BackupText {

  /** The tables users know by name, in this order; others follow under their table names. */
  private static final List<Map.Entry<String, String>> KNOWN =
      List.of(
          Map.entry("documents", "documents"),
          Map.entry("document_versions", "versions"),
          Map.entry("segments", "segments"),
          Map.entry("translations", "translations"),
          Map.entry("translation_history", "history"),
          Map.entry("tm_units", "TM units"));

  /** {@code backup}. */
  public String backup(BackupReport report) {
    return TextTable.wrapAfter(
            "", "Backed up the " + report.database() + " to " + report.file(), TextTable.COLUMNS)
        + "\n"
        + counts(report);
  }

  /** {@code restore}. */
  public String restore(BackupReport report) {
    return TextTable.wrapAfter(
            "", "Restored " + report.file() + " into the " + report.database(), TextTable.COLUMNS)
        + "\n"
        + counts(report);
  }

  private static String counts(BackupReport report) {
    StringBuilder out = new StringBuilder();
    line(out, "schema", report.schemaVersion());
    for (Map.Entry<String, String> known : KNOWN) {
      line(out, known.getValue(), String.valueOf(report.rows().getOrDefault(known.getKey(), 0L)));
    }
    line(out, "originals", String.valueOf(report.blobs()));
    line(
        out,
        "rows",
        report.totalRows() + " in " + report.rows().size() + " tables");
    return out.toString().stripTrailing();
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format("  %-13s %s%n", label, value));
  }
}
