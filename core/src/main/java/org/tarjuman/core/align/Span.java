package org.tarjuman.core.align;

import java.util.List;
import org.tarjuman.core.model.Content;

/**
 * What the aligner knows of a sentence or a paragraph: its length and its anchors.
 *
 * @param length the number of characters that are not white space, inline codes' text included
 * @param anchors the anchors in it
 */
record Span(int length, Anchors anchors) {

  static final Span EMPTY = new Span(0, Anchors.NONE);

  /** The span of one sentence. */
  static Span of(Content content) {
    String text = content.plainText();
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !Character.isLowSurrogate(text.charAt(i))) {
        length++;
      }
    }
    return new Span(length, Anchors.of(content));
  }

  /** The span of several sentences taken together, such as a paragraph. */
  static Span of(List<Span> spans) {
    Span sum = EMPTY;
    for (Span span : spans) {
      sum = sum.plus(span);
    }
    return sum;
  }

  Span plus(Span other) {
    return new Span(length + other.length, anchors.plus(other.anchors));
  }
}
