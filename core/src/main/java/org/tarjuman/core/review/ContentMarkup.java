package org.tarjuman.core.review;

import javax.xml.stream.XMLStreamException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

/**
 * Writes text into the review page so that it displays in the right order, without changing a
 * character of it. Inline codes appear as their original text in a marked {@code <bdi>}: an isolate
 * whose direction comes from its own first strong character, so a hashtag or URL inside Arabic
 * neither takes the Arabic around it into its run nor is taken into it. Everything else, bidi
 * controls included, is written as stored (the writer escapes {@code < & >}).
 */
final class ContentMarkup {

  private final HtmlStreamWriter out;

  ContentMarkup(HtmlStreamWriter out) {
    this.out = out;
  }

  /** A segment's source or target: text as it is, each inline code as a marked isolate. */
  void content(Content content) throws XMLStreamException {
    String coded = content.coded();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (Content.isMarker(c) && i + 1 < coded.length()) {
        flush(text);
        code(content.codes().get(coded.charAt(++i) - Content.INDEX_BASE));
      } else {
        text.append(c);
      }
    }
    flush(text);
  }

  private void code(InlineCode code) throws XMLStreamException {
    String type =
        code.type().isEmpty() ? code.kind().name().toLowerCase(java.util.Locale.ROOT) : code.type();
    out.start("bdi");
    out.attribute("class", "code");
    out.attribute("title", type);
    out.attribute("data-type", type);
    out.text(code.data());
    out.end();
  }

  /**
   * A line of the page's own (left-to-right, English) text that may quote stored text, such as a QA
   * message naming a hashtag: each space-separated word holding a right-to-left letter is put in
   * its own {@code <bdi>}, so that {@code #جيش_الدفاع} keeps its {@code #} at its start.
   */
  void mixed(String message) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    for (String word : message.split("(?<= )|(?= )")) {
      if (hasRightToLeftLetter(word)) {
        flush(text);
        out.start("bdi");
        out.text(word);
        out.end();
      } else {
        text.append(word);
      }
    }
    flush(text);
  }

  /** An isolated short value: an id, a number, a name. */
  void isolated(String value) throws XMLStreamException {
    out.start("bdi");
    out.text(value);
    out.end();
  }

  private void flush(StringBuilder text) throws XMLStreamException {
    if (text.length() > 0) {
      out.text(text.toString());
      text.setLength(0);
    }
  }

  static boolean hasRightToLeftLetter(String text) {
    return text.codePoints()
        .map(Character::getDirectionality)
        .anyMatch(
            d ->
                d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
  }
}
