package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjuman.cli.shell.Stderr;

class ProgressPrinterTest {

  private static final String CLEAR = "\r\u001B[2K";

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final long[] now = {0};

  private ProgressPrinter printer(String task, boolean terminal, Map<String, String> env) {
    Stderr stderr =
        new Stderr(new PrintStream(bytes, true, StandardCharsets.UTF_8), env, () -> terminal);
    return new ProgressPrinter(stderr, task, () -> now[0], Duration.ofSeconds(1));
  }

  private String shown() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void at(Duration elapsed) {
    now[0] = elapsed.toNanos();
  }

  @Test
  void staysQuietDuringTheFirstSecond() {
    ProgressPrinter printer = printer("import", true, Map.of());
    at(Duration.ofMillis(900));
    printer.progress(500, 700);

    assertThat(shown()).isEmpty();
  }

  @Test
  void showsAnImportsSegmentsAndUnitsOnceItTakesLonger() {
    ProgressPrinter printer = printer("import", true, Map.of());
    at(Duration.ofMillis(1500));
    printer.progress(1200, 45000);
    printer.close();

    assertThat(shown()).contains("import: 45,000 segments (1,200 text units)  1 s");
  }

  @Test
  void drawsABarWithCountsWhenTheTotalIsKnown() {
    ProgressPrinter printer = printer("tm import", true, Map.of());
    at(Duration.ofSeconds(12));
    printer.progress("TM units", 45_000, 100_000);

    String line = shown().replace(CLEAR, "");
    assertThat(line).startsWith("tm import: [").endsWith("] 45,000/100,000 TM units  12 s");
    String bar = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
    assertThat(bar).matches("#+-+");
    assertThat(bar.chars().filter(c -> c == '#').count()).isEqualTo(bar.length() * 45 / 100);
    assertThat(line.length()).isLessThanOrEqualTo(79);
  }

  @Test
  void aLongStepIsCutToFitEightyColumns() {
    ProgressPrinter printer = printer("export-xliff", true, Map.of());
    at(Duration.ofSeconds(2));
    printer.progress("segments matched against the TM of a very long language pair", 1, 2);

    assertThat(shown().replace(CLEAR, "")).hasSizeLessThanOrEqualTo(79).contains("…  2 s");
  }

  @Test
  void redrawsAtMostTenTimesASecond() {
    ProgressPrinter printer = printer("merge", true, Map.of());
    at(Duration.ofSeconds(2));
    printer.progress("text units", 500, 2000);
    at(Duration.ofSeconds(2).plusMillis(50));
    printer.progress("text units", 1000, 2000);
    at(Duration.ofSeconds(2).plusMillis(150));
    printer.progress("text units", 1500, 2000);

    assertThat(shown()).contains("500/2,000").doesNotContain("1,000/2,000").contains("1,500/2,000");
  }

  @Test
  void keepsShowingTheTimeTakenWhileTheCoreIsSilent() throws Exception {
    Stderr stderr =
        new Stderr(new PrintStream(bytes, true, StandardCharsets.UTF_8), Map.of(), () -> true);
    try (ProgressPrinter printer =
        new ProgressPrinter(stderr, "align", System::nanoTime, Duration.ZERO)) {
      printer.tickEvery(Duration.ofMillis(10));
      Thread.sleep(200);
    }

    assertThat(shown()).contains("align: working  0 s").endsWith(CLEAR);
  }

  @Test
  void printsPlainLinesEveryFiveSecondsWithNoColorOrADumbTerminal() {
    for (Map<String, String> env : List.of(Map.of("NO_COLOR", "1"), Map.of("TERM", "dumb"))) {
      bytes.reset();
      at(Duration.ZERO);
      ProgressPrinter printer = printer("tm import", true, env);
      at(Duration.ofSeconds(2));
      printer.progress("TM units", 1000, 4000);
      at(Duration.ofSeconds(4));
      printer.progress("TM units", 2000, 4000);
      at(Duration.ofSeconds(8));
      printer.progress("TM units", 3000, 4000);
      printer.close();

      assertThat(shown()).doesNotContain("\u001B").doesNotContain("\r");
      assertThat(shown().lines())
          .hasSize(2)
          .allMatch(l -> l.startsWith("tm import: ["))
          .anyMatch(l -> l.contains("1,000/4,000"))
          .anyMatch(l -> l.contains("3,000/4,000"));
    }
  }

  @Test
  void showsNothingWhenStandardErrorIsNotATerminal() {
    ProgressPrinter printer = printer("merge", false, Map.of());
    at(Duration.ofSeconds(5));
    printer.progress(500, 700);
    printer.progress("text units", 500, 700);
    printer.close();

    assertThat(shown()).isEmpty();
  }
}
