package org.tarjuman.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Text with inline codes, the way a segment's source or target is stored.
 *
 * <p>{@code coded} is the text in which each inline code stands as two characters: a marker
 * ({@link #OPENING}, {@link #CLOSING} or {@link #PLACEHOLDER}) followed by {@code (char) (INDEX_BASE
 * + i)}, where {@code i} is the code's position in {@code codes}. This is the convention of Okapi's
 * {@code TextFragment} coded text, so the adapters convert without parsing, but nothing here
 * depends on Okapi. All characters are Unicode private-use characters, which never occur in real
 * documents imported by Tarjuman.
 */
public record Content(String coded, List<InlineCode> codes) {

  public static final char OPENING = '\uE101';
  public static final char CLOSING = '\uE102';
  public static final char PLACEHOLDER = '\uE103';
  public static final int INDEX_BASE = 0xE110;

  public Content {
    Objects.requireNonNull(coded, "coded");
    codes = List.copyOf(codes);
  }

  /** Content without any inline code. */
  public static Content ofText(String text) {
    return new Content(text, List.of());
  }

  /** Texts joined by a space, their inline codes renumbered in order. */
  public static Content joined(List<Content> texts) {
    if (texts.size() == 1) {
      return texts.get(0);
    }
    StringBuilder coded = new StringBuilder();
    List<InlineCode> codes = new ArrayList<>();
    for (Content text : texts) {
      if (coded.length() > 0) {
        coded.append(' ');
      }
      String s = text.coded();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (isMarker(c) && i + 1 < s.length()) {
          codes.add(text.codes().get(s.charAt(++i) - INDEX_BASE));
          coded.append(c).append((char) (INDEX_BASE + codes.size() - 1));
        } else {
          coded.append(c);
        }
      }
    }
    return new Content(coded.toString(), codes);
  }

  /** True when the character at {@code i} of a coded text is a code marker. */
  public static boolean isMarker(char c) {
    return c == OPENING || c == CLOSING || c == PLACEHOLDER;
  }

  /** The text as in the original document: each code replaced by its original data. */
  public String plainText() {
    if (codes.isEmpty()) {
      return coded;
    }
    StringBuilder out = new StringBuilder(coded.length() + 16);
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (isMarker(c) && i + 1 < coded.length()) {
        out.append(codes.get(coded.charAt(++i) - INDEX_BASE).data());
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text without the inline codes' data (what a translator translates). */
  public String textOnly() {
    if (codes.isEmpty()) {
      return coded;
    }
    StringBuilder out = new StringBuilder(coded.length());
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (isMarker(c)) {
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  public boolean isBlank() {
    return plainText().isBlank();
  }
}
