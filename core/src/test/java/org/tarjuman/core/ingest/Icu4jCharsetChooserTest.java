package org.tarjuman.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.tika.parser.txt.CharsetDetector;
import org.junit.jupiter.api.Test;

class Icu4jCharsetChooserTest {

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private final Icu4jCharsetChooser chooser = new Icu4jCharsetChooser();

  @Test
  void skipsIso88596WhenWindows1256BytesAreUnassignedInIt() {
    // ق is 0xDE in windows-1256, a byte ISO-8859-6 leaves unassigned.
    byte[] bytes = "بمقر قيادة الأركان في تل أبيب، حيث سيشارك".getBytes(WINDOWS_1256);
    assertThat(icu4jFirstChoice(bytes)).isEqualTo("ISO-8859-6");

    assertThat(chooser.choose(new FileHead(bytes, true), false)).contains(WINDOWS_1256);
  }

  @Test
  void skipsWindows1256WhenItPutsLatinLettersIntoArabicWords() {
    // ق is 0xE2 in ISO-8859-6, which windows-1256 reads as â: "âÈá" is no word.
    byte[] bytes = "قبل نحو شهرين. وقال افيخاي".getBytes(ISO_8859_6);
    assertThat(icu4jFirstChoice(bytes)).isEqualTo("windows-1256");

    assertThat(chooser.choose(new FileHead(bytes, true), false)).contains(ISO_8859_6);
  }

  @Test
  void prefersUtf8ForAnAsciiHead() {
    byte[] bytes =
        "Plain English text, nothing but ASCII in the first bytes."
            .getBytes(StandardCharsets.US_ASCII);
    assertThat(icu4jFirstChoice(bytes)).isEqualTo("ISO-8859-1");

    assertThat(chooser.choose(new FileHead(bytes, false), false)).contains(StandardCharsets.UTF_8);
  }

  @Test
  void toleratesACharacterCutOffAtTheEndOfTheHead() {
    byte[] text =
        "مرحبا بالعالم، هذا نص عربي طويل بما يكفي ليعرف ترميزه".getBytes(StandardCharsets.UTF_8);
    byte[] head = Arrays.copyOf(text, text.length - 1);

    assertThat(chooser.choose(new FileHead(head, false), false)).contains(StandardCharsets.UTF_8);
  }

  @Test
  void findsNoCharsetForRandomBytes() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);

    assertThat(chooser.choose(new FileHead(noise, true), false)).isEmpty();
  }

  private static String icu4jFirstChoice(byte[] bytes) {
    return new CharsetDetector().setText(bytes).detect().getName();
  }
}
