package org.tarjuman.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The seed article (Arabic news, 14 paragraphs, one per line, no newline after the last) and its
 * text as a legacy Arabic charset can hold it.
 */
final class SeedArticle {

  private static final String RESOURCE =
      "/org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";

  private SeedArticle() {}

  /** The article as stored: UTF-8 without byte order mark. */
  static String text() {
    try (InputStream in = SeedArticle.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "seed article missing from the test classpath: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The article with each character the charset cannot encode replaced: typographic quotes and
   * primes by {@code "}, dashes by {@code -}, anything else by {@code ?}. ISO-8859-6 lacks the
   * curly quotes and dashes, windows-1256 the double prime.
   */
  static String encodableIn(Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    StringBuilder out = new StringBuilder();
    text()
        .codePoints()
        .forEach(
            c -> {
              String s = Character.toString(c);
              if (encoder.canEncode(s)) {
                out.append(s);
              } else if ("“”″„".contains(s)) {
                out.append('"');
              } else if ("–—".contains(s)) {
                out.append('-');
              } else {
                out.append('?');
              }
            });
    return out.toString();
  }

  /** The paragraphs of a text laid out one per line. */
  static List<String> lines(String text) {
    return text.lines().toList();
  }
}
