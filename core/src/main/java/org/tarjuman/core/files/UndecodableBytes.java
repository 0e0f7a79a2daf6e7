package org.tarjuman.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the first bytes of a file that its encoding cannot decode are, as a line and a column
 * counted the way an XML parser counts them (XML 1.0 §2.11: CR LF, CR and LF each end a line; a
 * byte order mark takes no column).
 *
 * <p>Woodstox decodes a block ahead of what it parses and reports such bytes without a location, so
 * the file is decoded again, up to them, to find it.
 *
 * @param line the line, from 1
 * @param column the column of the character the bytes would have been, from 1
 */
record UndecodableBytes(long line, long column) {

  private static final int BLOCK = 8192;

  /**
   * Decodes a file up to its first undecodable bytes.
   *
   * @return empty when the whole file decodes, or when it cannot be read again
   */
  static Optional<UndecodableBytes> find(Path file, CharsetDecoder decoder) {
    decoder
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .reset();
    ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
    CharBuffer chars = CharBuffer.allocate(BLOCK);
    Counter counter = new Counter();
    try (ReadableByteChannel in = Files.newByteChannel(file)) {
      boolean end = false;
      while (true) {
        end = end || in.read(bytes) < 0;
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, end);
        counter.count(chars.flip());
        chars.clear();
        if (result.isError()) {
          return Optional.of(new UndecodableBytes(counter.line, counter.column));
        }
        if (end && result.isUnderflow()) {
          return Optional.empty();
        }
        bytes.compact();
      }
    } catch (IOException e) {
      // The parser read the file a moment ago; without a second read the message has no position.
      return Optional.empty();
    }
  }

  /** Lines and columns of the characters decoded so far. */
  private static final class Counter {
    private long line = 1;
    private long column = 1;
    private boolean started;
    private boolean afterCarriageReturn;

    void count(CharBuffer chars) {
      while (chars.hasRemaining()) {
        char c = chars.get();
        if (c == '\n' && afterCarriageReturn) {
          afterCarriageReturn = false;
        } else if (c == '\n' || c == '\r') {
          line++;
          column = 1;
          afterCarriageReturn = c == '\r';
        } else {
          afterCarriageReturn = false;
          if (started || c != '\uFEFF') {
            column++;
          }
        }
        started = true;
      }
    }
  }
}
