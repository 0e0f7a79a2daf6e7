package org.tarjuman.core.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a plain text file lays out its paragraphs: one per line, or blocks of lines separated by
 * empty lines. An empty line is one with no character at all between its line terminators, which is
 * what Okapi's paragraph mode splits on; a line of spaces belongs to the paragraph around it.
 */
final class PlainTextLayout {

  private PlainTextLayout() {}

  /**
   * Whether an empty line stands between two non-empty lines. Streams the file line by line and
   * stops at the first such empty line.
   */
  static boolean separatesParagraphsWithEmptyLines(Path file, Charset charset) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
      boolean seenText = false;
      boolean emptyAfterText = false;
      String line = reader.readLine();
      if (line != null && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      for (; line != null; line = reader.readLine()) {
        if (line.isEmpty()) {
          emptyAfterText = seenText;
        } else if (emptyAfterText) {
          return true;
        } else {
          seenText = true;
        }
      }
      return false;
    }
  }
}
