package org.tarjuman.core.files;

import java.io.CharConversionException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * What a StAX parser (Woodstox, or the JDK's) found wrong with a file, as Tarjuman reports it: where
 * ({@code label:line:column}, or the label alone when the parser gives no position) and the
 * parser's message on one line.
 *
 * @param where the file's label, with the line and column when known
 * @param message the parser's message, one line, without the position it repeats
 */
public record XmlParseError(String where, String message) {

  /**
   * The error of a parser reading {@code file}. Bytes the file's encoding cannot decode, which
   * Woodstox reports without a location, are found again ({@link UndecodableBytes}) to name their
   * line and column.
   *
   * @param label how messages name the file
   * @param encoding the encoding the parser read the file in, if it says
   */
  public static XmlParseError of(
      String label, Path file, XMLStreamException e, Optional<String> encoding) {
    String message = oneLine(e);
    if (e.getLocation() == null && e.getCause() instanceof CharConversionException) {
      Optional<UndecodableBytes> found =
          encoding.flatMap(XmlParseError::decoder).flatMap(d -> UndecodableBytes.find(file, d));
      if (found.isPresent()) {
        return new XmlParseError(
            label + ":" + found.get().line() + ":" + found.get().column(), message);
      }
    }
    return new XmlParseError(where(label, e.getLocation()), message);
  }

  /**
   * The parser's message on one line, without the position it repeats: the JDK's parser puts
   * {@code ParseError at [row,col]:[1,1] Message:} before it, Woodstox {@code at [row,col
   * {unknown-source}]: [2,28]} on a line after it and, for undecodable bytes, {@code (at char #N,
   * byte #M)} or {@code , at char #N, byte #M)}. The parser may also quote the input, line breaks
   * and all.
   */
  public static String oneLine(XMLStreamException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message
        .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "")
        .replaceFirst("(?s)\\s*at \\[row,col[^\\]]*\\]: \\[[^\\]]*\\]\\s*$", "")
        .replaceFirst("[\\s,]*\\(?\\s*at char #\\d+, byte #-?\\d+\\)\\s*$", "")
        .strip()
        .replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * How a position is named: {@code label:line:column}, or the label alone when the parser gives
   * none.
   */
  public static String where(String label, Location location) {
    if (location == null || location.getLineNumber() < 0) {
      return label;
    }
    return label + ":" + location.getLineNumber() + ":" + location.getColumnNumber();
  }

  private static Optional<CharsetDecoder> decoder(String encoding) {
    try {
      return Optional.of(Charset.forName(encoding).newDecoder());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
