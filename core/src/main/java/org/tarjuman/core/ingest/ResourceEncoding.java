package org.tarjuman.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Format;

/**
 * The encoding a file of software strings must be read in, checked over the whole file, so that a
 * file in another encoding is refused with the line and column of its first wrong byte instead of
 * being imported garbled.
 *
 * <ul>
 *   <li>JSON is UTF-8 (RFC 8259 §8.1), and YAML is Unicode (YAML 1.2 §5.2): UTF-8 unless a byte
 *       order mark says UTF-16 or UTF-32. A guess of another charset (ICU4J reads {@code Café} in
 *       Latin-1 as plausible Latin-2) is not taken.
 *   <li>A Gettext catalogue is in the charset its header declares ({@code Content-Type: text/plain;
 *       charset=UTF-8}, GNU gettext manual §3.2 "The Format of PO Files", header entry); a template's
 *       {@code charset=CHARSET} declares none.
 * </ul>
 *
 * Other formats keep the detected charset: properties may be ISO-8859-1 (Java's {@code
 * Properties.load(InputStream)}) or UTF-8, and XML parsers check the declared encoding themselves.
 */
final class ResourceEncoding {

  private static final Pattern PO_CHARSET =
      Pattern.compile("Content-Type:[^\"\\n]*charset=([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
  private static final int CHUNK = 1 << 16;

  private ResourceEncoding() {}

  /**
   * The charset to read {@code file} in: the detected one, or the one the format requires or the
   * file declares.
   *
   * @param head the start of the file, decoded in the detected charset
   * @throws InvalidInputException when the whole file is not text in that charset
   */
  static Charset charsetOf(Path file, Format format, Charset detected, boolean bom, String head) {
    Optional<Charset> required =
        switch (format) {
          case JSON, YAML -> bom ? Optional.empty() : Optional.of(StandardCharsets.UTF_8);
          case PO -> bom ? Optional.empty() : declaredIn(head);
          default -> Optional.empty();
        };
    if (required.isEmpty()) {
      return detected;
    }
    checkWhole(file, format, required.get());
    return required.get();
  }

  private static Optional<Charset> declaredIn(String head) {
    Matcher m = PO_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty(); // charset=CHARSET in a template, or a name Java does not know
    }
  }

  private static void checkWhole(Path file, Format format, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(CHUNK);
    CharBuffer out = CharBuffer.allocate(CHUNK * 2);
    int line = 1;
    int column = 1;
    try (InputStream stream = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int n = stream.read(in.array(), in.position(), in.remaining());
        end = n < 0;
        in.position(in.position() + Math.max(n, 0)).flip();
        CoderResult result = decoder.decode(in, out, end);
        for (out.flip(); out.hasRemaining(); ) {
          boolean newline = out.get() == '\n';
          line += newline ? 1 : 0;
          column = newline ? 1 : column + 1;
        }
        out.clear();
        if (result.isError()) {
          throw notIn(file, format, charset, line, column, in.get(in.position()));
        }
        in.compact();
      }
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static InvalidInputException notIn(
      Path file, Format format, Charset charset, int line, int column, byte wrong) {
    String why =
        format == Format.PO
            ? "its header declares " + charset.name()
            : format.displayName() + " files are " + charset.name();
    return new InvalidInputException(
        "%s:%d:%d: byte 0x%02X is not %s, but %s; save the file as %s and import it again"
            .formatted(
                file, line, column, wrong & 0xFF, charset.name(), why, charset.name()));
  }
}
