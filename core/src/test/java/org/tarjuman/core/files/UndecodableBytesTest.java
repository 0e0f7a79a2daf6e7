package org.tarjuman.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the line and column of bytes a file's encoding cannot decode. */
class UndecodableBytesTest {

  @TempDir Path dir;

  private Optional<UndecodableBytes> find(Charset charset, byte[]... parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.write(part);
    }
    Path file = Files.write(dir.resolve("file.xlf"), bytes.toByteArray());
    return UndecodableBytes.find(file, charset.newDecoder());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void namesTheLineAndColumnOfTheFirstWindows1256ByteInAUtf8File() throws IOException {
    byte[] arabicIn1256 = "مرحبا".getBytes(Charset.forName("windows-1256"));

    assertThat(find(StandardCharsets.UTF_8, utf8("<a>\n<b>مرحبا "), arabicIn1256, utf8("</b>")))
        .contains(new UndecodableBytes(2, 10));
  }

  @Test
  void countsCrLfAndLoneCrAsOneLineBreakEachAndAByteOrderMarkAsNoColumn() throws IOException {
    assertThat(find(StandardCharsets.UTF_8, utf8("\uFEFFab"), new byte[] {(byte) 0xff}))
        .contains(new UndecodableBytes(1, 3));
    assertThat(find(StandardCharsets.UTF_8, utf8("a\r\nb\rc\n\nd"), new byte[] {(byte) 0xff}))
        .contains(new UndecodableBytes(5, 2));
  }

  @Test
  void findsBytesPastTheFirstBlockAndASequenceCutAtTheBlockBoundary() throws IOException {
    // 8,191 ASCII bytes, then a two-byte character that straddles the first 8,192-byte block.
    String line = "x".repeat(8191) + "ب€\n";

    assertThat(find(StandardCharsets.UTF_8, utf8(line + line + "yz"), new byte[] {(byte) 0xc3}))
        .contains(new UndecodableBytes(3, 3));
  }

  @Test
  void findsNothingInAFileThatDecodes() throws IOException {
    assertThat(find(StandardCharsets.UTF_8, utf8("<a>مرحبا</a>\n"))).isEmpty();
    assertThat(find(StandardCharsets.US_ASCII, utf8("<a>abc</a>"))).isEmpty();
  }

  @Test
  void findsBytesOutsideAsciiInAFileThatDeclaresUsAscii() throws IOException {
    assertThat(find(StandardCharsets.US_ASCII, utf8("<a>\n  é</a>")))
        .contains(new UndecodableBytes(2, 3));
  }
}
