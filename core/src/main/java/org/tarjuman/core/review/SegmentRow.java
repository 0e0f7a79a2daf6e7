package org.tarjuman.core.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;

/**
 * One segment's table row: id, position, source and target (each with the {@code dir} and {@code
 * lang} of its language), status, origin, match score (a TM match's, or an alignment's confidence)
 * and QA flags. The row carries its status and QA count as {@code data-} attributes for the page's
 * filter.
 */
final class SegmentRow {

  private final HtmlStreamWriter out;
  private final ContentMarkup markup;
  private final Locale source;
  private final Locale target;

  SegmentRow(HtmlStreamWriter out, ContentMarkup markup, Locale source, Locale target) {
    this.out = out;
    this.markup = markup;
    this.source = source;
    this.target = target;
  }

  void write(SegmentView segment, List<QaIssue> issues) throws XMLStreamException {
    Optional<TranslationView> translation = segment.translation(target);
    Status status = ReviewPage.status(segment, target);
    out.start("tr");
    out.attribute("id", "s" + segment.id());
    out.attribute("data-status", status.label());
    out.attribute("data-qa", String.valueOf(issues.size()));
    number("id", String.valueOf(segment.id()));
    number("pos", String.valueOf(segment.index()));
    textCell("source", source);
    markup.content(segment.source());
    out.end();
    textCell("target", target);
    if (translation.isEmpty() || translation.get().content() == null) {
      remark("not translated");
    } else if (joinedToPrevious(segment, translation.get())) {
      remark("in the translation of #" + (segment.index() - 1) + " (aligned 2:1)");
    } else {
      markup.content(translation.get().content());
    }
    out.end();
    statusCell(status);
    cell("origin", translation.map(TranslationView::origin).map(o -> o.label()).orElse(""));
    scoreCell(translation);
    qaCell(issues);
    out.end();
  }

  /** Whether the translation is the empty second half of a 2:1 alignment, with the one before. */
  private static boolean joinedToPrevious(SegmentView segment, TranslationView translation) {
    return translation.joinedToPrevious() && segment.index() > 1;
  }

  /** A grey English note in the target cell, in place of a translation. */
  private void remark(String text) throws XMLStreamException {
    out.start("span");
    out.attribute("class", "none");
    out.attribute("lang", "en");
    out.attribute("dir", "ltr");
    out.text(text);
    out.end();
  }

  /**
   * The Match cell: the TM match score of a TM origin, the confidence of an alignment; its title
   * says which.
   */
  private void scoreCell(Optional<TranslationView> translation) throws XMLStreamException {
    Optional<Integer> score = translation.map(TranslationView::score);
    out.start("td");
    out.attribute("class", "score");
    if (score.isPresent()) {
      if (translation.get().origin() == Origin.ALIGNED) {
        out.attribute("title", "alignment confidence");
      }
      markup.isolated(score.get() + "%");
    }
    out.end();
  }

  private void textCell(String kind, Locale language) throws XMLStreamException {
    out.start("td");
    out.attribute("class", kind);
    out.attribute("dir", TextDirection.of(language).attribute());
    out.attribute("lang", language.toLanguageTag());
  }

  private void number(String kind, String value) throws XMLStreamException {
    out.start("td");
    out.attribute("class", kind);
    if (!value.isEmpty()) {
      markup.isolated(value);
    }
    out.end();
  }

  private void cell(String kind, String text) throws XMLStreamException {
    out.start("td");
    out.attribute("class", kind);
    out.text(text);
    out.end();
  }

  private void statusCell(Status status) throws XMLStreamException {
    out.start("td");
    out.attribute("class", "status");
    out.start("span");
    out.attribute("class", "status status-" + status.label());
    out.text(status.label());
    out.end();
    out.end();
  }

  private void qaCell(List<QaIssue> issues) throws XMLStreamException {
    out.start("td");
    out.attribute("class", "qa");
    out.attribute("dir", "ltr");
    if (!issues.isEmpty()) {
      out.start("ul");
      out.attribute("class", "qa");
      for (QaIssue issue : issues) {
        out.start("li");
        out.attribute("class", issue.severity().label());
        out.attribute("title", issue.severity().label() + " severity");
        out.start("span");
        out.attribute("class", "check");
        out.text(issue.check());
        out.end();
        out.text(": ");
        markup.mixed(issue.message());
        out.end();
      }
      out.end();
    }
    out.end();
  }
}
