package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIGKILL in the middle of the commands that write much: {@code import} (a new version of a large
 * Arabic document), {@code import-xliff} (a large filled XLIFF), {@code tm import} (a large TMX)
 * and {@code align} (a long translation). Each runs once to its end on a copy of a workspace, to
 * see that it writes and how long it takes; then, on fresh copies, it is killed at fractions of
 * that time (right after start, while reading, while storing). After each kill one console reopens
 * the workspace and must print exactly what it printed before ({@code docs}, {@code stats}, {@code
 * tm stats}), every table must hold exactly the rows it held before, and {@link WorkspaceCheck}'s
 * consistency rules must hold.
 *
 * <p>Sizes and kill points are system properties, so that a fast machine can use larger inputs:
 * {@code tarjuman.crash.sections} (copies of the bundled article in the document, default 30),
 * {@code tarjuman.crash.tmUnits} (default 10000) and {@code tarjuman.crash.points} (fractions of
 * the full run's time, default {@code 0.1,0.5,0.85}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashIT {

  private static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";
  private static final String REOPEN_TM_STATS = "tm stats --json";
  private static final Pattern BYTES_ON_DISK = Pattern.compile("\"bytesOnDisk\" : \\d+");

  private final int sections = Integer.getInteger("tarjuman.crash.sections", 30);
  private final int tmUnits = Integer.getInteger("tarjuman.crash.tmUnits", 10000);
  private final double[] points =
      Arrays.stream(System.getProperty("tarjuman.crash.points", "0.1,0.5,0.85").split(","))
          .mapToDouble(Double::parseDouble)
          .toArray();

  @TempDir static Path files;
  @TempDir static Path baseline;
  private ConsoleProcess console;
  private String reopenedBefore;
  private Map<String, String> tablesBefore;

  @BeforeAll
  void buildTheInputsAndTheBaselineWorkspace() throws Exception {
    assertThat(ConsoleProcess.JAR).as("the jar built by `package`").isRegularFile();
    console = new ConsoleProcess(Map.of("TARJUMAN_WORKSPACE", baseline.toString()), files);
    List<String> arabic = paragraphs(SEED);
    List<String> english = paragraphs(SEED.replace(".txt", ".en.txt"));
    write("big.ar.txt", sectioned("القسم", arabic));
    write("big.en.txt", sectioned("Section", english));
    write("big-v2.ar.txt", sectioned("الفصل", arabic));
    write("big.tmx", tmx(arabic, english));

    ConsoleProcess.Result imported =
        console.run("import", file("big.ar.txt"), "--source", "ar", "--target", "en", "--name", "big");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    ConsoleProcess.Result exported =
        console.run("export-xliff", "big", "--target", "en", "--out", file("big.en.xlf"));
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    write("filled.en.xlf", filled(Files.readString(files.resolve("big.en.xlf"))));
    Files.delete(files.resolve("big.en.xlf"));

    reopenedBefore = reopen(baseline);
    try (WorkspaceCheck check = WorkspaceCheck.open(baseline)) {
      assertThat(check.problems()).isEmpty();
      tablesBefore = check.fingerprint();
    }
  }

  Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("import", new String[] {"import", "big-v2.ar.txt", "--source", "ar", "--target", "en", "--name", "big"}),
        Arguments.of("import-xliff", new String[] {"import-xliff", "filled.en.xlf"}),
        Arguments.of("tm import", new String[] {"tm", "import", "big.tmx", "--source", "ar", "--target", "en"}),
        Arguments.of("align", new String[] {"align", "big", "big.en.txt", "--target", "en"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aKilledCommandLeavesNoTraceAndTheWorkspaceOpens(String what, String[] args)
      throws Exception {
    String[] command = withFiles(args);
    Path complete = copyOfBaseline(what + "-complete");
    long start = System.nanoTime();
    ConsoleProcess.Result full = console.inWorkspace(complete).run(command);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(full.exitCode()).as(what + ": " + full.err()).isZero();
    Map<String, String> tablesAfter;
    try (WorkspaceCheck check = WorkspaceCheck.open(complete)) {
      assertThat(check.problems()).as(what + " run to its end").isEmpty();
      tablesAfter = check.fingerprint();
    }
    assertThat(tablesAfter).as(what + " writes something").isNotEqualTo(tablesBefore);

    List<String> killedWhileRunning = new ArrayList<>();
    for (double point : points) {
      String when = String.format("%s killed at %.1f s of %.1f s", what, point * seconds, seconds);
      Path workspace = copyOfBaseline(what + "-" + point);
      ConsoleProcess.Running running = console.inWorkspace(workspace).start(null, command);
      Thread.sleep((long) (point * seconds * 1000));
      boolean wasRunning = running.kill();

      String reopened = reopen(workspace);
      try (WorkspaceCheck check = WorkspaceCheck.open(workspace)) {
        assertThat(check.problems()).as(when).isEmpty();
        Map<String, String> tables = check.fingerprint();
        if (wasRunning && !tables.equals(tablesBefore)) {
          // Killed after its transaction committed, while it printed its report: then the whole
          // write is there, as the full run left it (row counts: timestamps differ per run).
          assertThat(rowCounts(tables))
              .as(when + ": killed after its commit, the tables")
              .isEqualTo(rowCounts(tablesAfter));
        } else if (wasRunning) {
          killedWhileRunning.add(when);
          assertThat(reopened).as(when + ": docs, stats, tm stats").isEqualTo(reopenedBefore);
        } else {
          // The machine ran it faster than the full run did: then it must have ended as that run
          // did (row counts: the rows' timestamps differ from run to run).
          assertThat(running.result().exitCode()).as(when + ", after it ended").isZero();
          assertThat(rowCounts(tables))
              .as(when + ", after it ended")
              .isEqualTo(rowCounts(tablesAfter));
        }
      }
    }
    assertThat(killedWhileRunning).as(what + ": kills that hit the running command").isNotEmpty();
  }

  /**
   * One console opens the workspace and prints {@code docs}, {@code stats} and {@code tm stats}
   * (without the file size, which a killed write may change); it must exit normally.
   */
  private String reopen(Path workspace) throws IOException, InterruptedException {
    ConsoleProcess.Result result =
        console.inWorkspace(workspace).script("docs --json", "stats --json", REOPEN_TM_STATS);
    assertThat(result.exitCode()).as("reopening " + workspace + ": " + result.err()).isZero();
    assertThat(result.err()).as("reopening " + workspace).isEmpty();
    assertThat(result.out()).contains("\"documents\"", "\"units\"");
    return BYTES_ON_DISK.matcher(result.out()).replaceAll("\"bytesOnDisk\" : _");
  }

  private static Map<String, String> rowCounts(Map<String, String> fingerprint) {
    Map<String, String> counts = new TreeMap<>();
    fingerprint.forEach((table, rows) -> counts.put(table, rows.substring(0, rows.indexOf(" rows"))));
    return counts;
  }

  private Path copyOfBaseline(String name) throws IOException {
    Path copy = Files.createDirectory(files.resolve(name.replace(' ', '-')));
    Files.copy(
        baseline.resolve("tarjuman.mv.db"), copy.resolve("tarjuman.mv.db"),
        StandardCopyOption.COPY_ATTRIBUTES);
    return copy;
  }

  private String[] withFiles(String[] args) {
    return Arrays.stream(args)
        .map(a -> Files.isRegularFile(files.resolve(a)) ? files.resolve(a).toString() : a)
        .toArray(String[]::new);
  }

  private String file(String name) {
    return files.resolve(name).toString();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> paragraphs(String resource) throws IOException {
    try (InputStream in = CrashIT.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    }
  }

  /** The article {@code sections} times, each copy under a numbered heading. */
  private String sectioned(String heading, List<String> paragraphs) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= sections; i++) {
      text.append(heading).append(' ').append(i).append("\n\n");
      paragraphs.forEach(p -> text.append(p).append('\n'));
      text.append('\n');
    }
    return text.toString();
  }

  /** A TMX 1.4b memory of {@code tmUnits} distinct ar → en units made of the article's lines. */
  private String tmx(List<String> arabic, List<String> english) {
    int pairs = Math.min(arabic.size(), english.size());
    StringBuilder tmx =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header"
                + " creationtool=\"CrashIT\" creationtoolversion=\"1\" segtype=\"sentence\""
                + " o-tmf=\"none\" adminlang=\"en\" srclang=\"ar\" datatype=\"plaintext\"/><body>\n");
    for (int i = 0; i < tmUnits; i++) {
      tmx.append("<tu><tuv xml:lang=\"ar\"><seg>")
          .append(xml(arabic.get(i % pairs)))
          .append(" (")
          .append(i)
          .append(")</seg></tuv><tuv xml:lang=\"en\"><seg>")
          .append(xml(english.get(i % pairs)))
          .append(" (")
          .append(i)
          .append(")</seg></tuv></tu>\n");
    }
    return tmx.append("</body></tmx>\n").toString();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The exported XLIFF 1.2 with a translated target after each source: "EN: " and the source. */
  private static String filled(String xliff) {
    Matcher source = Pattern.compile("<source xml:lang=\"ar\">(.*?)</source>", Pattern.DOTALL)
        .matcher(xliff);
    StringBuilder out = new StringBuilder();
    int units = 0;
    while (source.find()) {
      units++;
      source.appendReplacement(
          out,
          Matcher.quoteReplacement(
              source.group()
                  + "<target xml:lang=\"en\" state=\"translated\">EN: "
                  + source.group(1)
                  + "</target>"));
    }
    assertThat(units).as("units in the exported XLIFF").isPositive();
    return source.appendTail(out).toString();
  }
}
