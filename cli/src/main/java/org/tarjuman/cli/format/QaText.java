package org.tarjuman.cli.format;

import java.util.List;
import java.util.Locale;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.ReviewReport;

/**
 * The plain-text output of {@code qa} and the QA section of {@code segment}: one table row per
 * issue, the message last so that it wraps (and any Arabic in it keeps its logical order).
 */
public final class QaText {

  private static final String INDENT = "  ";

  private final int width;

  /** Text for a terminal about {@code width} columns wide. */
  public QaText(int width) {
    this.width = width;
  }

  /** {@code qa DOC --target T}: two summary lines, then the issues in document order. */
  public String report(QaReport report) {
    String title =
        report.document().name()
            + " (document "
            + report.document().id()
            + ", version "
            + report.document().version()
            + ") into "
            + report.target().toLanguageTag()
            + "\n"
            + count(report.issues().size(), "issue")
            + " in "
            + count(report.checked(), "translated segment")
            + (report.untranslated() == 0
                ? ""
                : "; " + report.untranslated() + " not translated yet");
    if (report.issues().isEmpty()) {
      return title;
    }
    TextTable table =
        new TextTable(width)
            .numberColumn("#")
            .numberColumn("ID")
            .column("SEVERITY")
            .column("CHECK")
            .column("MESSAGE");
    for (QaIssue issue : report.issues()) {
      table.row(
          issue.position(),
          issue.segmentId(),
          issue.severity().label(),
          issue.check(),
          issue.message());
    }
    return title + "\n" + table.render();
  }

  /** {@code review DOC --target T}: where the page is and what it holds. */
  public String review(ReviewReport r) {
    return "Wrote "
        + r.file()
        + "\n  document    "
        + r.document().name()
        + " (document "
        + r.document().id()
        + ", version "
        + r.document().version()
        + ")\n  languages   "
        + r.document().source().toLanguageTag()
        + " → "
        + r.target().toLanguageTag()
        + "\n  segments    "
        + r.segments()
        + "\n  QA issues   "
        + r.issues();
  }

  /** The QA section of {@code segment ID}: the issues of its translation into {@code target}. */
  public String section(Locale target, List<QaIssue> issues) {
    StringBuilder out = new StringBuilder("QA ").append(target.toLanguageTag()).append('\n');
    if (issues.isEmpty()) {
      return out.append(INDENT).append("no issues").toString();
    }
    TextTable table =
        new TextTable(width - INDENT.length()).column("SEVERITY").column("CHECK").column("MESSAGE");
    for (QaIssue issue : issues) {
      table.row(issue.severity().label(), issue.check(), issue.message());
    }
    for (String line : table.render().split("\n", -1)) {
      out.append(INDENT).append(line).append('\n');
    }
    return out.toString().stripTrailing();
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
