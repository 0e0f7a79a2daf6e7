package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjuman.cli.shell.Stderr;

class ImportProgressPrinterTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final long[] now = {0};

  private ImportProgressPrinter printer(boolean terminal) {
    Stderr stderr =
        new Stderr(new PrintStream(bytes, true, StandardCharsets.UTF_8), Map.of(), () -> terminal);
    return new ImportProgressPrinter(stderr, () -> now[0], Duration.ofSeconds(1));
  }

  @Test
  void staysQuietDuringTheFirstSecond() {
    ImportProgressPrinter printer = printer(true);
    now[0] = Duration.ofMillis(900).toNanos();
    printer.progress(500, 700);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void showsUnitsAndSegmentsOnceAnImportTakesLonger() {
    ImportProgressPrinter printer = printer(true);
    now[0] = Duration.ofMillis(1500).toNanos();
    printer.progress(500, 700);
    printer.close();

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("500 units, 700 segments so far (1 s)");
  }

  @Test
  void keepsShowingTheTimeTakenWhileTheCoreIsSilent() throws Exception {
    Stderr stderr =
        new Stderr(new PrintStream(bytes, true, StandardCharsets.UTF_8), Map.of(), () -> true);
    try (ImportProgressPrinter printer =
        new ImportProgressPrinter(stderr, System::nanoTime, Duration.ZERO)) {
      printer.tickEvery(Duration.ofMillis(10));
      Thread.sleep(200);
    }

    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("importing: (0 s)").endsWith("\r\u001B[2K");
  }

  @Test
  void showsNothingWhenStandardErrorIsNotATerminal() {
    ImportProgressPrinter printer = printer(false);
    now[0] = Duration.ofSeconds(5).toNanos();
    printer.progress(500, 700);
    printer.close();

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
