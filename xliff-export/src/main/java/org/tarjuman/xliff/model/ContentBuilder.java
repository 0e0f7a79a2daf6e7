package org.tarjuman.xliff.model;

import java.util.ArrayList;
import java.util.List;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

/**
 * Builds a {@link Content} from text and codes as a reader meets them, with XML white-space
 * handling at the end.
 *
 * <p>Where {@code xml:space="preserve"} is not in effect (XLIFF 1.2 §xml:space, XLIFF 2.1 §4.3.2),
 * a CAT tool may have re-indented the content, so runs of white space become one space and the ends
 * are trimmed.
 */
public final class ContentBuilder {

  private final StringBuilder coded = new StringBuilder();
  private final List<InlineCode> codes = new ArrayList<>();

  public ContentBuilder appendText(CharSequence text) {
    coded.append(text);
    return this;
  }

  public ContentBuilder appendCode(InlineCode code) {
    char marker =
        switch (code.kind()) {
          case OPENING -> Content.OPENING;
          case CLOSING -> Content.CLOSING;
          case PLACEHOLDER -> Content.PLACEHOLDER;
        };
    coded.append(marker).append((char) (Content.INDEX_BASE + codes.size()));
    codes.add(code);
    return this;
  }

  /**
   * The content.
   *
   * @param preserveWhitespace false to collapse white-space runs and trim the ends
   */
  public Content build(boolean preserveWhitespace) {
    return new Content(preserveWhitespace ? coded.toString() : collapse(coded), codes);
  }

  private static String collapse(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
