package org.tarjuman.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first bytes of a file, which is all that detection reads, so that a 200 MB file is detected
 * as fast as a small one.
 *
 * @param bytes the bytes read, at most the limit given to {@link #read}
 * @param whole whether {@code bytes} is the whole file
 */
record FileHead(byte[] bytes, boolean whole) {

  /** Reads at most {@code limit} bytes from the start of a file. */
  static FileHead read(Path file, int limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit);
      return new FileHead(bytes, bytes.length < limit || in.read() == -1);
    }
  }

  boolean isEmpty() {
    return bytes.length == 0;
  }

  /**
   * Decodes the head strictly: a byte sequence that is malformed or unmappable in the charset is an
   * error. When the head is not the whole file, a sequence cut off at its end is left out.
   *
   * @throws CharacterCodingException when the bytes are not text in this charset
   */
  String decodeStrictly(Charset charset) throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out =
        CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, /* endOfInput= */ whole);
    if (result.isError()) {
      result.throwException();
    }
    if (whole) {
      result = decoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    }
    return out.flip().toString();
  }
}
