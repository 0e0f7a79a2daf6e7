package org.tarjuman.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StderrTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String written() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesErrorsRedOnATerminal() {
    new Stderr(err, Map.of(), () -> true).error("error: no such file");

    assertThat(written())
        .isEqualTo("\u001B[31merror: no such file\u001B[0m" + System.lineSeparator());
  }

  @Test
  void writesPlainErrorsWhenNotATerminal() {
    new Stderr(err, Map.of(), () -> false).error("error: no such file");

    assertThat(written()).isEqualTo("error: no such file" + System.lineSeparator());
  }

  @Test
  void writesPlainErrorsWhenNoColorIsSet() {
    new Stderr(err, Map.of("NO_COLOR", "1"), () -> true).error("error: no such file");

    assertThat(written()).doesNotContain("\u001B");
  }

  @Test
  void keepsAnErrorOnOneLine() {
    new Stderr(err, Map.of(), () -> false).error("first\nsecond\r\nthird");

    assertThat(written().lines()).containsExactly("first second third");
  }

  @Test
  void showsProgressOnlyOnATerminalAndClearsIt() {
    new Stderr(err, Map.of(), () -> false).progress("importing");
    assertThat(written()).isEmpty();

    Stderr terminal = new Stderr(err, Map.of(), () -> true);
    terminal.progress("importing: 500 units");
    terminal.endProgress();
    assertThat(written()).contains("importing: 500 units").endsWith("\r\u001B[2K");
  }

  @Test
  void asksWhetherItIsATerminalOnlyOnce() {
    int[] asked = {0};
    Stderr stderr = new Stderr(err, Map.of(), () -> ++asked[0] > 0);

    stderr.error("a");
    stderr.error("b");

    assertThat(asked[0]).isEqualTo(1);
  }
}
