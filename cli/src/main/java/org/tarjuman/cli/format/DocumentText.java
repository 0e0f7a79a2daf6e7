package org.tarjuman.cli.format;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.MatchAnalysis;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.LinkKind;
import org.tarjuman.core.model.VersionChanges;

/** The plain-text output of {@code import}, {@code docs} and {@code stats}. */
public final class DocumentText {

  private static final int LISTED_DELETED = 20;

  private final int width;

  /** Text for a terminal about {@code width} columns wide. */
  public DocumentText(int width) {
    this.width = width;
  }

  /** What an import did: the document, its version, what was found in the file. */
  public String importReport(ImportReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Imported document ")
        .append(report.documentId())
        .append(", version ")
        .append(report.version())
        .append(": ")
        .append(report.name());
    line(out, "type", mediaType(report.mediaType(), report.charset()));
    line(out, "units", report.units());
    line(out, "segments", report.segments());
    line(out, "words", report.words());
    if (report.skipped() > 0) {
      line(
          out,
          "skipped",
          report.skipped()
              + " ("
              + report.skippedBy().entrySet().stream()
                  .map(e -> e.getValue() + " " + e.getKey().label())
                  .collect(Collectors.joining(", "))
              + ")");
    }
    report.changes().ifPresent(changes -> changes(out, changes));
    out.append(TmText.bands(report.leverage()));
    for (String warning : report.warnings()) {
      line(out, "warning", warning);
    }
    return out.toString();
  }

  /** Each kind of link to the previous version counted, and what was carried over. */
  private void changes(StringBuilder out, VersionChanges changes) {
    StringBuilder kinds = new StringBuilder("against version " + changes.previousVersion() + ":");
    for (LinkKind kind : LinkKind.values()) {
      kinds.append(kind == LinkKind.UNCHANGED ? " " : ", ")
          .append(changes.count(kind))
          .append(' ')
          .append(kind.label());
    }
    line(out, "changes", kinds);
    line(
        out,
        "carried",
        changes.carried()
            + " translations as they were, "
            + changes.suggested()
            + " as needs-review suggestions");
    if (!changes.deleted().isEmpty()) {
      line(
          out,
          "deleted",
          "segment"
              + (changes.deleted().size() == 1 ? " " : "s ")
              + changes.deleted().stream()
                  .limit(LISTED_DELETED)
                  .map(String::valueOf)
                  .collect(Collectors.joining(", "))
              + (changes.deleted().size() > LISTED_DELETED ? ", …" : "")
              + " of version "
              + changes.previousVersion());
    }
  }

  /** The documents of the workspace, one per row. */
  public String documents(List<DocumentSummary> documents) {
    if (documents.isEmpty()) {
      return "No documents yet. Import one: import FILE --source ar --target en";
    }
    TextTable table =
        new TextTable(width)
            .numberColumn("ID")
            .numberColumn("VER")
            .column("LANGUAGES")
            .numberColumn("SEGMENTS")
            .numberColumn("WORDS")
            .column("TRANSLATED")
            .column("NAME");
    for (DocumentSummary d : documents) {
      table.row(d.id(), d.version(), languages(d), d.segments(), d.words(), progress(d), d.name());
    }
    return table.render();
  }

  /** Counts for one document. */
  public String stats(DocumentStats stats) {
    StringBuilder out = new StringBuilder();
    out.append(stats.documentName()).append(", version ").append(stats.version());
    line(out, "segments", stats.segments());
    line(out, "words", stats.words());
    line(out, "characters", stats.characters() + " (without spaces)");
    line(out, "repetitions", repetitions(stats));
    for (MatchAnalysis analysis : stats.analyses()) {
      out.append("\n\nTM match bands into ")
          .append(analysis.target().toLanguageTag())
          .append(" (the TM as it is now)\n");
      out.append(bands(analysis, stats));
    }
    return out.toString();
  }

  /** One row per band: segments, words, and the words' share of the version's. */
  private String bands(MatchAnalysis analysis, DocumentStats stats) {
    TextTable table =
        new TextTable(Math.min(width, 60))
            .column("BAND")
            .numberColumn("SEGMENTS")
            .numberColumn("WORDS")
            .numberColumn("% WORDS");
    for (MatchAnalysis.BandCount c : analysis.bands()) {
      long percent = stats.words() == 0 ? 0 : Math.round(100.0 * c.words() / stats.words());
      table.row(c.band().label(), c.segments(), c.words(), percent + "%");
    }
    return table.render();
  }

  /** Counts for every document, one per row. */
  public String stats(List<DocumentStats> stats) {
    if (stats.isEmpty()) {
      return "No documents yet. Import one: import FILE --source ar --target en";
    }
    TextTable table =
        new TextTable(width)
            .numberColumn("SEGMENTS")
            .numberColumn("WORDS")
            .numberColumn("CHARACTERS")
            .column("REPETITIONS")
            .numberColumn("VER")
            .column("NAME");
    for (DocumentStats s : stats) {
      table.row(
          s.segments(), s.words(), s.characters(), repetitions(s), s.version(), s.documentName());
    }
    return table.render();
  }

  private static String repetitions(DocumentStats stats) {
    return count(stats.repeatedSegments(), "segment") + ", " + count(stats.repeatedWords(), "word");
  }

  private static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  /** {@code ar → en, fr}. */
  static String languages(DocumentSummary d) {
    return d.source().toLanguageTag()
        + " → "
        + d.targets().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "));
  }

  /** Per target, translated segments out of all: {@code en 3/16, fr 0/16}. */
  static String progress(DocumentSummary d) {
    return d.targets().stream()
        .map(t -> t.toLanguageTag() + " " + d.translated().getOrDefault(t, 0) + "/" + d.segments())
        .collect(Collectors.joining(", "));
  }

  static String mediaType(String mediaType, String charset) {
    return charset == null || charset.isEmpty() ? mediaType : mediaType + "; charset=" + charset;
  }

  /** "  label       value", the value wrapped to the width under itself. */
  private void line(StringBuilder out, String label, Object value) {
    out.append('\n').append(TextTable.labelled(label, value, width));
  }
}
