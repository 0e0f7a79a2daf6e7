package org.tarjuman.core.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;

/**
 * The aligned bilingual review page: one self-contained HTML5 file (inline CSS, a little inline
 * script for filtering by status, nothing fetched from the network), with a header of facts and one
 * table row per segment.
 *
 * <p>Written with the JDK's StAX {@code XMLStreamWriter} ({@link HtmlStreamWriter}), which escapes
 * every text and attribute, so no stored text can become markup; the result is XHTML-compatible
 * HTML5 (the polyglot subset: lower-case elements, quoted attributes, the XHTML namespace, explicit
 * end tags on every element that is not void). No HTML library is needed for writing, and the JDK's
 * writer has no dependency to keep. The stylesheet and script are resources beside this class; they
 * contain no {@code < & >}, which the writer would escape.
 *
 * <p>Right-to-left is decided per language ({@link TextDirection}): each source and target cell has
 * {@code dir} and {@code lang} and is a bidi isolate ({@code unicode-bidi: isolate}); inline codes,
 * ids and numbers are {@code <bdi>} isolates ({@link ContentMarkup}). Text is never reordered and
 * bidi controls are kept.
 */
final class ReviewPage {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String STYLE = resource("review.css");
  private static final String SCRIPT = resource("review.js");

  /** The page's contents: the document, target, its segments and their QA issues. */
  record Input(
      DocumentSummary document, Locale target, List<SegmentView> segments, List<QaIssue> issues) {}

  void write(Input input, OutputStream stream) throws XMLStreamException {
    HtmlStreamWriter out = new HtmlStreamWriter(stream);
    out.doctype();
    out.start("html");
    out.namespace(XHTML);
    out.attribute("lang", "en");
    out.attribute("dir", "ltr");
    head(out, input);
    out.start("body");
    new ReviewHeader(out, new ContentMarkup(out)).write(input);
    table(out, input);
    out.element("script", SCRIPT);
    out.end();
    out.end();
    out.finish();
  }

  private static void head(HtmlStreamWriter out, Input input) throws XMLStreamException {
    out.start("head");
    out.empty("meta");
    out.attribute("charset", "utf-8");
    out.empty("meta");
    out.attribute("name", "viewport");
    out.attribute("content", "width=device-width, initial-scale=1");
    out.element(
        "title", "Review: " + input.document().name() + " → " + input.target().toLanguageTag());
    out.element("style", STYLE);
    out.end();
  }

  private static void table(HtmlStreamWriter out, Input input) throws XMLStreamException {
    out.start("table");
    out.attribute("class", "segments");
    out.start("colgroup");
    for (String col : List.of("id", "pos", "source", "target", "status", "origin", "score", "qa")) {
      out.empty("col");
      out.attribute("class", col);
    }
    out.end();
    out.start("thead");
    out.start("tr");
    Locale source = input.document().source();
    for (String heading :
        List.of(
            "ID",
            "#",
            "Source (" + source.toLanguageTag() + ")",
            "Target (" + input.target().toLanguageTag() + ")",
            "Status",
            "Origin",
            "Match",
            "QA")) {
      out.start("th");
      out.attribute("scope", "col");
      out.text(heading);
      out.end();
    }
    out.end();
    out.end();
    out.start("tbody");
    SegmentRow row = new SegmentRow(out, new ContentMarkup(out), source, input.target());
    for (SegmentView segment : input.segments()) {
      row.write(segment, issuesOf(segment, input.issues()));
    }
    out.end();
    out.end();
  }

  private static List<QaIssue> issuesOf(SegmentView segment, List<QaIssue> issues) {
    return issues.stream().filter(i -> i.segmentId() == segment.id()).toList();
  }

  /** The segment's status into {@code target}: new without a translation. */
  static Status status(SegmentView segment, Locale target) {
    return segment.translation(target).map(TranslationView::status).orElse(Status.NEW);
  }

  /** How many segments have each status, in the order of {@link Status}. */
  static Map<Status, Integer> statusCounts(List<SegmentView> segments, Locale target) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (SegmentView s : segments) {
      counts.merge(status(s, target), 1, Integer::sum);
    }
    return counts;
  }

  private static String resource(String name) {
    try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside ReviewPage");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.chars().anyMatch(c -> c == '<' || c == '&' || c == '>')) {
        throw new IllegalStateException(name + " must not contain < & or >: they would be escaped");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
