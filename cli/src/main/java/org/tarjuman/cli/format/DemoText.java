package org.tarjuman.cli.format;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.tarjuman.core.model.AlignmentReport;
import org.tarjuman.core.model.MergeReport;
import org.tarjuman.core.model.ReviewReport;
import org.tarjuman.xliff.ExportReport;

/**
 * The sections of {@code demo} that no other command prints in this form: a short alignment
 * summary (the pairs table is {@code align}'s) and the files written, each with what it holds.
 */
public final class DemoText {

  /**
   * What the demo wrote.
   *
   * @param xliff12 the XLIFF 1.2 export
   * @param xliff21 the XLIFF 2.1 export
   * @param review the review page
   * @param merged the merged translated text
   */
  public record Written(
      ExportReport xliff12,
      ExportReport xliff21,
      ReviewReport review,
      MergeReport merged) {
    public Written {
      Objects.requireNonNull(xliff12, "xliff12");
      Objects.requireNonNull(xliff21, "xliff21");
      Objects.requireNonNull(review, "review");
      Objects.requireNonNull(merged, "merged");
    }
  }

  /** The alignment in three counts: pairs, confident ones, ones that need review. */
  public String alignment(Path file, AlignmentReport r) {
    StringBuilder out = new StringBuilder();
    out.append("Aligned with ")
        .append(file.getFileName())
        .append(" into ")
        .append(r.target().toLanguageTag());
    line(out, "pairs", r.pairs().size());
    line(out, "confident", r.confident() + " (stored as translated, added to the TM)");
    line(out, "needs review", r.needsReview());
    for (String warning : r.warnings()) {
      out.append("\n  warning: ").append(warning);
    }
    return out.toString();
  }

  /** Each file written: its full path, then what it holds. */
  public String written(Written w) {
    StringBuilder out = new StringBuilder("Files written");
    file(out, w.xliff12().file(), xliff(w.xliff12()));
    file(out, w.xliff21().file(), xliff(w.xliff21()));
    file(
        out,
        w.review().file(),
        "review page: " + w.review().segments() + " segments, " + w.review().issues()
            + " QA issues");
    file(
        out,
        w.merged().output(),
        "merged " + w.merged().target().toLanguageTag() + " text: " + w.merged().translated()
            + " segments translated, " + w.merged().keptSource() + " kept in the source");
    return out.toString();
  }

  private static String xliff(ExportReport r) {
    return "XLIFF " + r.xliffVersion().label() + ": " + r.units() + " units, " + r.translated()
        + " translated";
  }

  private static void file(StringBuilder out, Path file, String what) {
    out.append("\n  ").append(file).append("\n    ").append(what);
  }

  private static void line(StringBuilder out, String label, Object value) {
    out.append("\n  ").append(String.format(Locale.ROOT, "%-13s", label)).append(value);
  }
}
