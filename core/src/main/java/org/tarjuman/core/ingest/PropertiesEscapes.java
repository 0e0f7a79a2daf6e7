package org.tarjuman.core.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tarjuman.core.InvalidInputException;

/**
 * Refuses a properties file with a broken {@code \}{@code uXXXX} escape, such as one cut off by a
 * truncated file: Java's {@code Properties.load} rejects it ("Malformed \\uxxxx encoding"), while
 * Okapi's properties filter only logs a warning and imports the text without it.
 *
 * <p>Escapes are read as {@code Properties.load} reads them: a backslash escapes the next
 * character, so {@code \\u} is a backslash and a {@code u}; comment lines ({@code #}, {@code !})
 * have none, unless they continue a value (the line before ends with an odd number of backslashes).
 */
final class PropertiesEscapes {

  private PropertiesEscapes() {}

  static void check(Path file, Charset charset) {
    try (BufferedReader in = Files.newBufferedReader(file, charset)) {
      boolean continued = false;
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        String start = line.stripLeading();
        boolean comment = !continued && (start.startsWith("#") || start.startsWith("!"));
        continued = !comment && checkLine(file, number, line);
      }
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Checks one value line; returns whether it continues on the next line. */
  private static boolean checkLine(Path file, int number, String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != '\\') {
        continue;
      }
      if (i + 1 == line.length()) {
        return true;
      }
      if (line.charAt(i + 1) == 'u' && !isHex4(line, i + 2)) {
        String escape = line.substring(i, Math.min(line.length(), i + 6));
        throw new InvalidInputException(
            "%s:%d:%d: '%s' is not a \\uXXXX escape (four hex digits); complete it or write the character itself"
                .formatted(file, number, i + 1, escape));
      }
      i++;
    }
    return false;
  }

  private static boolean isHex4(String line, int from) {
    if (from + 4 > line.length()) {
      return false;
    }
    for (int i = from; i < from + 4; i++) {
      if (Character.digit(line.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
