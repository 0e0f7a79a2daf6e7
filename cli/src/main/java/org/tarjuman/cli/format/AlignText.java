package org.tarjuman.cli.format;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.tarjuman.core.model.AlignedPair;
import org.tarjuman.core.model.AlignmentReport;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Status;

/**
 * The plain-text output of {@code align}: a summary, the warnings, then the alignment as a table,
 * two rows per pair (the source, then the target below it) so both texts get the wide last column.
 * A pair that was not stored (1:0, 0:1) shows {@code -} as its status. Right-to-left text stays in
 * logical order (see {@link TextTable}).
 */
public final class AlignText {

  private final int width;

  /** Text for a terminal about {@code width} columns wide. */
  public AlignText(int width) {
    this.width = width;
  }

  public String report(Path file, AlignmentReport r) {
    StringBuilder out = new StringBuilder();
    String heading =
        "Aligned "
            + r.name()
            + " (version "
            + r.version()
            + ") with "
            + file.getFileName()
            + " into "
            + r.target().toLanguageTag();
    // A long document or file name wraps rather than overflowing the terminal.
    out.append(String.join("\n", TextTable.wrap(heading, width)))
        .append("\n")
        .append(r.pairs().size())
        .append(" pairs, ")
        .append(r.confident())
        .append(" translated, ")
        .append(r.needsReview())
        .append(" need review");
    out.append("\nStored: ")
        .append(r.added())
        .append(" added, ")
        .append(r.changed())
        .append(" changed, ")
        .append(r.unchanged())
        .append(" unchanged; TM: ")
        .append(r.tmAdded())
        .append(" units added, ")
        .append(r.tmRefreshed())
        .append(" refreshed");
    for (String warning : r.warnings()) {
      out.append("\nwarning: ").append(warning);
    }
    return out.append("\n\n").append(table(r.pairs())).append('\n').append(legend()).toString();
  }

  private String table(List<AlignedPair> pairs) {
    TextTable table =
        new TextTable(width)
            .column("SEGMENT")
            .column("KIND")
            .numberColumn("CONF")
            .column("STORED AS")
            .column("SOURCE / TARGET");
    for (AlignedPair p : pairs) {
      String ids =
          p.segmentIds().isEmpty()
              ? "-"
              : p.segmentIds().stream().map(String::valueOf).collect(Collectors.joining("+"));
      String source =
          p.sources().isEmpty()
              ? "(no source: added by the translator)"
              : p.sources().stream().map(Content::plainText).collect(Collectors.joining(" "));
      String target = p.targets().isEmpty() ? "(not translated)" : p.targetText();
      String stored = p.stored() == Status.NEW ? "-" : p.stored().label();
      table.row(ids, p.kind(), p.confidence() + "%", stored, source);
      table.row("", "", "", "", "→ " + target);
    }
    return table.render();
  }

  private static String legend() {
    return "Each pair: the source, then → the target. 1:1 and 1:2 pairs of 50% or"
        + "\nmore are stored as translated and go to the TM, the others as needs-review."
        + "\n2:1: the target goes to the first segment, the second gets an empty one;"
        + "\nboth need review. 1:0 and 0:1 are not stored.";
  }
}
