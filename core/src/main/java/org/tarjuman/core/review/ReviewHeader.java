package org.tarjuman.core.review;

import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.Status;

/**
 * The review page's header: the document, version, languages, progress and QA count, then the
 * filter form (a check box per status, with its count, and "only segments with QA issues").
 */
final class ReviewHeader {

  private final HtmlStreamWriter out;
  private final ContentMarkup markup;

  ReviewHeader(HtmlStreamWriter out, ContentMarkup markup) {
    this.out = out;
    this.markup = markup;
  }

  void write(ReviewPage.Input input) throws XMLStreamException {
    DocumentSummary doc = input.document();
    out.start("header");
    out.start("h1");
    out.text("Review: ");
    markup.isolated(doc.name());
    out.end();
    out.start("dl");
    out.attribute("class", "facts");
    fact("Document");
    markup.isolated(doc.name());
    out.text(" (id ");
    markup.isolated(String.valueOf(doc.id()));
    out.text(")");
    endFact();
    fact("Version");
    markup.isolated(String.valueOf(doc.version()));
    endFact();
    fact("Languages");
    out.text(language(doc.source()) + " → " + language(input.target()));
    endFact();
    fact("Progress");
    out.text(progress(input));
    endFact();
    fact("QA");
    long flagged = input.issues().stream().mapToLong(QaIssue::segmentId).distinct().count();
    out.text(
        count(input.issues().size(), "issue")
            + " in "
            + count(flagged, "segment")
            + " (see the QA column)");
    endFact();
    out.end();
    filters(input);
    out.end();
  }

  private void fact(String name) throws XMLStreamException {
    out.element("dt", name);
    out.start("dd");
  }

  private void endFact() throws XMLStreamException {
    out.end();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String language(Locale language) {
    return language.getDisplayName(Locale.ENGLISH) + " (" + language.toLanguageTag() + ")";
  }

  private static String progress(ReviewPage.Input input) {
    Map<Status, Integer> counts = ReviewPage.statusCounts(input.segments(), input.target());
    int total = input.segments().size();
    int translated = total - counts.getOrDefault(Status.NEW, 0);
    StringBuilder text =
        new StringBuilder()
            .append(translated)
            .append(" of ")
            .append(total)
            .append(" segments translated (")
            .append(total == 0 ? 0 : Math.round(100.0 * translated / total))
            .append("%)");
    String separator = ": ";
    for (Map.Entry<Status, Integer> e : counts.entrySet()) {
      text.append(separator).append(e.getKey().label()).append(' ').append(e.getValue());
      separator = ", ";
    }
    return text.toString();
  }

  private void filters(ReviewPage.Input input) throws XMLStreamException {
    Map<Status, Integer> counts = ReviewPage.statusCounts(input.segments(), input.target());
    out.start("form");
    out.attribute("class", "filters");
    out.attribute("id", "filters");
    out.start("fieldset");
    out.element("legend", "Show segments with status");
    for (Status status : Status.values()) {
      out.start("label");
      out.empty("input");
      out.attribute("type", "checkbox");
      out.attribute("name", "status");
      out.attribute("value", status.label());
      out.attribute("checked", "checked");
      out.text(" " + status.label() + " (" + counts.getOrDefault(status, 0) + ")");
      out.end();
    }
    out.end();
    out.start("label");
    out.empty("input");
    out.attribute("type", "checkbox");
    out.attribute("id", "only-qa");
    out.text(" only segments with QA issues");
    out.end();
    out.text(" ");
    out.start("output");
    out.attribute("id", "shown");
    out.text(input.segments().size() + " segments");
    out.end();
    out.end();
  }
}
