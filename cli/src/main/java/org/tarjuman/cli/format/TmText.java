package org.tarjuman.cli.format;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.tarjuman.core.model.MatchAnalysis;
import org.tarjuman.core.model.MatchBand;
import org.tarjuman.core.model.TmHit;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.model.TmStats;
import org.tarjuman.core.model.TmxExportReport;
import org.tarjuman.core.model.TmxImportReport;

/**
 * The plain-text output of the {@code tm} commands, of TM hits in {@code find}, and of the match
 * bands in an import summary. A match's source shows the differences from the query in the style of
 * {@code wdiff}: {@code {+…+}} only in the match, {@code [-…-]} only in the query.
 */
public final class TmText {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final int width;

  /** Text for a terminal about {@code width} columns wide. */
  public TmText(int width) {
    this.width = width;
  }

  /** {@code tm lookup}: the matches, best first. */
  public String lookup(String query, List<TmMatch> matches, int minScore) {
    if (matches.isEmpty()) {
      return "No TM match of " + minScore + "% or more for: " + query;
    }
    StringBuilder out = new StringBuilder();
    for (TmMatch m : matches) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(score(m.score()))
          .append("  ")
          .append(m.unit().origin().label())
          .append("  ")
          .append(m.unit().changed().toString(), 0, 10)
          .append("  #")
          .append(m.id());
      line(out, "source", m.markedSource());
      line(out, "target", m.unit().target().plainText());
    }
    return out.toString();
  }

  /**
   * The TM matches section of {@code segment}: per target language, its matches as {@link #lookup}
   * shows them, indented.
   */
  public String segmentMatches(Map<Locale, List<TmMatch>> byTarget) {
    StringBuilder out = new StringBuilder("TM matches");
    if (byTarget.isEmpty()) {
      out.append("\n  no target language");
    }
    byTarget.forEach(
        (target, matches) -> {
          out.append("\n  into ").append(target.toLanguageTag());
          if (matches.isEmpty()) {
            out.append(": none from ").append(MatchBand.LOWEST_FUZZY).append('%');
          }
          for (TmMatch m : matches) {
            out.append("\n  ")
                .append(score(m.score()))
                .append("  ")
                .append(m.unit().origin().label())
                .append("  #")
                .append(m.id());
            labelled(out, "source", m.markedSource());
            labelled(out, "target", m.unit().target().plainText());
          }
        });
    return out.toString();
  }

  /** "    LABEL  text", the text wrapped to the width and its later lines aligned under it. */
  private void labelled(StringBuilder out, String label, String text) {
    String indent = "    " + " ".repeat(label.length()) + "  ";
    List<String> lines = TextTable.wrap(text, Math.max(20, width - indent.length()));
    for (int i = 0; i < lines.size(); i++) {
      out.append('\n').append(i == 0 ? "    " + label + "  " : indent).append(lines.get(i));
    }
  }

  /** TM concordance hits, as a section under {@code find}'s segment hits. */
  public String hits(List<TmHit> hits) {
    TextTable table =
        new TextTable(width).numberColumn("TM").column("PAIR").column("SOURCE, → TARGET");
    for (TmHit h : hits) {
      table.row(
          h.id(),
          h.unit().sourceLanguage().toLanguageTag()
              + "→"
              + h.unit().targetLanguage().toLanguageTag(),
          h.unit().source().plainText());
      // On a row of its own: only the last column wraps, and both texts may be long.
      table.row("", "", "→ " + h.unit().target().plainText());
    }
    return table.render();
  }

  /** {@code tm stats}. */
  public String stats(TmStats stats) {
    String size = "database size on disk: " + size(stats.bytesOnDisk());
    if (stats.units() == 0) {
      return "The TM is empty. Fill it: tm import FILE.tmx --source ar --target en\n" + size;
    }
    TextTable table =
        new TextTable(width)
            .column("PAIR")
            .numberColumn("UNITS")
            .column("ORIGINS")
            .column("OLDEST")
            .column("NEWEST");
    for (TmStats.Pair p : stats.pairs()) {
      table.row(
          p.source().toLanguageTag() + " → " + p.target().toLanguageTag(),
          p.units(),
          p.origins().entrySet().stream()
              .map(e -> e.getKey().label() + " " + e.getValue())
              .collect(Collectors.joining(", ")),
          DAY.format(p.oldest()),
          DAY.format(p.lastChanged()));
    }
    return table.render() + "\n" + stats.units() + " units in all; " + size;
  }

  /** A size in bytes for people: "12.3 MiB"; unknown for a database server. */
  static String size(OptionalLong bytes) {
    if (bytes.isEmpty()) {
      return "unknown (database server)";
    }
    long b = bytes.getAsLong();
    if (b < 1024) {
      return b + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = b / 1024.0;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }


  /** {@code tm import}. */
  public String importReport(TmxImportReport report) {
    return TextTable.wrapAfter("", importSummary(report), width);
  }

  private static String importSummary(TmxImportReport report) {
    return "Imported "
        + report.added()
        + " TM units ("
        + report.source().toLanguageTag()
        + " → "
        + report.target().toLanguageTag()
        + "); "
        + report.read()
        + " read, "
        + report.duplicates()
        + " already in the TM";
  }

  /** {@code tm export}. */
  public String exportReport(TmxExportReport report) {
    return TextTable.wrapAfter(
        "",
        "Exported "
            + report.units()
            + " TM units ("
            + report.source().toLanguageTag()
            + " → "
            + report.target().toLanguageTag()
            + ") to "
            + report.file(),
        width);
  }

  /** The match bands of an import, one line per target: {@code en: 100% 2 seg/8 words, ...}. */
  private static final int BANDS_WIDTH = 80;

  public static String bands(List<MatchAnalysis> analyses) {
    StringBuilder out = new StringBuilder();
    for (MatchAnalysis a : analyses) {
      out.append("\n  TM ").append(String.format(Locale.ROOT, "%-9s", a.target().toLanguageTag()));
      StringBuilder row = new StringBuilder();
      for (MatchBand band : MatchBand.values()) {
        MatchAnalysis.BandCount c = a.count(band);
        if (c.segments() > 0) {
          row.append(row.length() == 0 ? "" : ", ")
              .append(band.label())
              .append(' ')
              .append(c.segments())
              .append(" seg/")
              .append(c.words())
              .append(" words");
        }
      }
      row.append("; ").append(a.drafts()).append(" drafts from the TM");
      // Wrapped under its start so the summary fits 80 columns; "  TM xx       " is 14 wide.
      List<String> lines = TextTable.wrap(row.toString(), BANDS_WIDTH - 14);
      out.append(String.join("\n" + " ".repeat(14), lines));
    }
    return out.toString();
  }

  private static String score(int score) {
    return score > TmMatch.EXACT ? "101% (in context)" : score + "%";
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append("\n  ").append(String.format(Locale.ROOT, "%-8s", label)).append(value);
  }
}
