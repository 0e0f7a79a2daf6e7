package org.tarjuman.cli.format;

import java.util.ArrayList;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;

/**
 * The plain-text output of {@code segments}, {@code segment} and {@code find}. Sources are shown as
 * in the original document ({@link org.tarjuman.core.model.Content#plainText()}), in logical order,
 * in the last column of a table or on lines of their own.
 */
public final class SegmentText {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final String INDENT = "  ";

  private final int width;

  /** Text for a terminal about {@code width} columns wide. */
  public SegmentText(int width) {
    this.width = width;
  }

  /**
   * A document's segments in order; with a target, each segment's status into it and, once any is
   * translated, each translation's origin and score. {@code status} is the filter the segments were
   * selected by, to say so when none matched.
   */
  public String segments(
      DocumentSummary document,
      Optional<Locale> target,
      Optional<Status> status,
      List<SegmentView> segments) {
    String title =
        document.name() + " (document " + document.id() + ", version " + document.version() + ")";
    if (segments.isEmpty()) {
      return title
          + ": no segments"
          + status.map(s -> " with status " + s.label()).orElse("")
          + target.map(t -> " into " + t.toLanguageTag()).orElse("");
    }
    boolean keyed = segments.stream().anyMatch(SegmentView::resourceKey);
    // The origin (with a TM match's score or an alignment's confidence) once there is something to
    // show: a document not yet translated has only new segments.
    boolean withOrigin =
        target.isPresent()
            && segments.stream().anyMatch(s -> s.translation(target.get()).isPresent());
    TextTable table =
        new TextTable(width).numberColumn("ID").numberColumn("#").numberColumn("WORDS");
    target.ifPresent(t -> table.column("STATUS " + t.toLanguageTag()));
    if (withOrigin) {
      table.column("ORIGIN");
    }
    if (keyed) {
      table.column("KEY");
    }
    table.column("SOURCE");
    for (SegmentView s : segments) {
      List<Object> cells = new ArrayList<>(List.of(s.id(), s.index(), s.words()));
      target.ifPresent(t -> cells.add(status(s, t).label()));
      if (withOrigin) {
        cells.add(s.translation(target.get()).map(SegmentText::origin).orElse(""));
      }
      if (keyed) {
        cells.add(s.unitKey());
      }
      cells.add(s.source().plainText());
      table.row(cells.toArray());
    }
    return title + ", " + segments.size() + " segments\n" + table.render();
  }

  /** One segment: where it is, its source and inline codes, and its translations. */
  public String segment(SegmentView s, Optional<Locale> target) {
    return segment(s, target, Map.of());
  }

  /** One segment with the earlier states of its translations, oldest first, per language. */
  public String segment(
      SegmentView s, Optional<Locale> target, Map<Locale, List<EarlierTranslation>> history) {
    StringBuilder out = new StringBuilder();
    String heading =
        "Segment "
            + s.id()
            + ": "
            + s.documentName()
            + " (document "
            + s.documentId()
            + "), version "
            + s.version()
            + ", position "
            + s.index()
            + ", "
            + s.words()
            + " words";
    out.append(TextTable.wrapAfter("", heading, width)).append('\n');
    s.resourceName().ifPresent(key -> out.append("Key: ").append(key).append('\n'));
    out.append("\nSource\n");
    appendWrapped(out, s.source().plainText());
    if (!s.source().codes().isEmpty()) {
      out.append("\nInline codes\n");
      appendCodes(out, s.source().codes());
    }
    if (!s.unitNote().isEmpty()) {
      out.append("\nNote\n");
      appendWrapped(out, s.unitNote());
    }
    out.append("\nTranslations\n");
    appendTranslations(out, s.translations(), target, history);
    return out.toString().stripTrailing();
  }

  private void appendCodes(StringBuilder out, List<InlineCode> codes) {
    TextTable table = new TextTable(width - INDENT.length()).column("TYPE").column("ORIGINAL");
    for (InlineCode code : codes) {
      String type =
          code.type().isEmpty() ? code.kind().name().toLowerCase(Locale.ROOT) : code.type();
      table.row(type, code.data());
    }
    for (String line : table.render().split("\n", -1)) {
      out.append(INDENT).append(line).append('\n');
    }
  }

  private void appendTranslations(
      StringBuilder out,
      List<TranslationView> all,
      Optional<Locale> target,
      Map<Locale, List<EarlierTranslation>> history) {
    List<TranslationView> translations =
        all.stream().filter(t -> target.map(t.target()::equals).orElse(true)).toList();
    if (translations.isEmpty()) {
      String none =
          target
              .map(t -> "no translation into " + t.toLanguageTag() + " yet")
              .orElse("no translations yet");
      out.append(INDENT).append(none).append('\n');
    }
    for (TranslationView t : translations) {
      out.append(INDENT)
          .append(t.target().toLanguageTag())
          .append(": ")
          .append(describe(t))
          .append('\n');
      appendWrapped(out, t.content() == null ? "" : t.content().plainText());
      appendHistory(out, history.getOrDefault(t.target(), List.of()));
    }
  }

  private void appendHistory(StringBuilder out, List<EarlierTranslation> earlier) {
    if (earlier.isEmpty()) {
      return;
    }
    out.append(INDENT).append("history, oldest first:\n");
    for (EarlierTranslation e : earlier) {
      TranslationView t = e.translation();
      out.append(INDENT)
          .append(INDENT)
          .append("until ")
          .append(MINUTE.format(e.replacedAt()))
          .append(": ")
          .append(describe(t))
          .append('\n');
      for (String line :
          TextTable.wrap(
              t.content() == null ? "" : t.content().plainText(), width - 2 * INDENT.length())) {
        out.append(INDENT).append(INDENT).append(line).append('\n');
      }
    }
  }

  /**
   * {@code find}'s concordance hits, one row each, with {@code withTarget} the segment's translation
   * on a row of its own below it; says so when the limit may have cut the list short.
   */
  public String hits(String query, List<FindHit> hits, int limit, boolean withTarget) {
    if (hits.isEmpty()) {
      return "No segment contains \"" + query + "\"";
    }
    TextTable table =
        new TextTable(width)
            .numberColumn("ID")
            .column("DOCUMENT")
            .numberColumn("#")
            .column(withTarget ? "SOURCE, → TARGET" : "SOURCE");
    for (FindHit hit : hits) {
      table.row(
          hit.segmentId(), TextTable.truncate(hit.documentName(), 24), hit.index(), hit.source());
      if (withTarget) {
        // On a line of its own: only the last column wraps, and both texts may be long.
        table.row("", "", "", "→ " + (hit.target().isEmpty() ? "(not translated)" : hit.target()));
      }
    }
    String more =
        hits.size() >= limit ? "\n(the first " + limit + " hits; use --limit to see more)" : "";
    return table.render() + more;
  }

  /** A segment's status into {@code target}; without a translation it is new. */
  static Status status(SegmentView segment, Locale target) {
    return segment.translation(target).map(TranslationView::status).orElse(Status.NEW);
  }

  private static String describe(TranslationView t) {
    String status = t.status() == null ? "?" : t.status().label();
    String origin = origin(t);
    return origin.isEmpty() ? status : status + ", " + origin;
  }

  /**
   * Where a translation came from, with its score when it has one: {@code tm-fuzzy 85%} (the TM
   * match), {@code aligned 49%} (the alignment's confidence), {@code xliff}.
   */
  private static String origin(TranslationView t) {
    if (t.origin() == null) {
      return "";
    }
    return t.origin().label() + (t.score() == null ? "" : " " + t.score() + "%");
  }

  private void appendWrapped(StringBuilder out, String text) {
    for (String line : TextTable.wrap(text, width - INDENT.length())) {
      out.append(INDENT).append(line).append('\n');
    }
  }
}
