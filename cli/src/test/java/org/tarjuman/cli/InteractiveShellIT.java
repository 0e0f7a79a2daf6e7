package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell in a real terminal: {@code tmux} runs {@code java -jar tarjuman.jar} in a
 * detached 100x40 session, keys are typed with {@code send-keys} and the screen is read with
 * {@code capture-pane}. Skipped, saying why, where tmux is not installed (Debian: {@code apt-get
 * install tmux}; {@code .ci/run} installs it).
 */
class InteractiveShellIT {

  private static final Path JAR =
      Path.of(System.getProperty("tarjuman.jar", "target/tarjuman.jar")).toAbsolutePath();
  private static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";
  private static final long SLOW_MACHINE_MILLIS = TimeUnit.MINUTES.toMillis(3);

  @TempDir Path workspace;
  @TempDir Path files;
  private final String session = "tarjuman-it-" + ProcessHandle.current().pid();

  @AfterEach
  void killSession() throws Exception {
    if (tmuxInstalled()) {
      tmux("kill-session", "-t", session);
    }
  }

  @Test
  void completesRunsReportsBadInputAndQuitsInATerminal() throws Exception {
    assumeTrue(tmuxInstalled(), "tmux is not installed: apt-get install tmux to run this test");
    importTheSeed();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    tmux(
        "new-session", "-d", "-s", session, "-x", "100", "-y", "40",
        "env", "TARJUMAN_WORKSPACE=" + workspace, "TERM=xterm-256color",
        java, "-jar", JAR.toString());
    awaitScreen(s -> s.contains("tarjuman>"), "the prompt");

    tmux("send-keys", "-t", session, "segm", "Tab");
    awaitScreen(s -> s.contains("tarjuman> segment"), "Tab completing segm to segment");
    tmux("send-keys", "-t", session, "C-u", "segments 1", "Enter");
    // The last segment of the article, as stored: Arabic in logical order, wrapped in the table.
    String table = awaitScreen(s -> s.contains("الأسد الإفريقي"), "the segments table");
    assertThat(table).containsPattern("16 +16 +23 ");

    tmux("send-keys", "-t", session, "C-l", "segment 9999", "Enter");
    String error = awaitScreen(s -> s.contains("no segment 9999"), "the error");
    assertThat(error).doesNotContain("Exception", "\tat ");

    tmux("send-keys", "-t", session, "quit", "Enter");
    awaitScreen(s -> !sessionAlive(), "the shell to end");
  }

  private void importTheSeed() throws IOException, InterruptedException {
    Path seed = files.resolve("article.txt");
    try (InputStream in = InteractiveShellIT.class.getClassLoader().getResourceAsStream(SEED)) {
      Files.copy(in, seed);
    }
    ProcessBuilder process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "import", seed.toString(), "--source", "ar", "--target", "en")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    process.environment().put("TARJUMAN_WORKSPACE", workspace.toString());
    Process started = process.start();
    assertThat(started.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(started.exitValue()).isZero();
  }

  /** Polls the screen until {@code ready} holds; fails with the screen after a long wait. */
  private String awaitScreen(Predicate<String> ready, String what) throws Exception {
    long deadline = System.currentTimeMillis() + SLOW_MACHINE_MILLIS;
    String screen = "";
    while (System.currentTimeMillis() < deadline) {
      screen = sessionAlive() ? screen() : screen;
      if (ready.test(screen)) {
        return screen;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("waited for " + what + "; the terminal shows:\n" + screen);
  }

  private String screen() throws IOException, InterruptedException {
    return tmux("capture-pane", "-p", "-t", session);
  }

  private boolean sessionAlive() {
    try {
      return run(List.of("tmux", "has-session", "-t", session)).exitCode == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static boolean tmuxInstalled() {
    try {
      return run(List.of("tmux", "-V")).exitCode == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String tmux(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux"));
    command.addAll(List.of(args));
    return run(command).output;
  }

  private record Output(int exitCode, String output) {}

  private static Output run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Output(process.waitFor(), output);
  }
}
