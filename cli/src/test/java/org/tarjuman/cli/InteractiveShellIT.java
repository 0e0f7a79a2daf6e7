package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell in a real terminal: {@code tmux} runs {@code java -jar tarjuman.jar} in a
 * detached 100x40 session ({@link TmuxSession}), keys are typed and the screen is read. Skipped,
 * saying why, where tmux is not installed.
 */
class InteractiveShellIT {

  private static final Path JAR =
      Path.of(System.getProperty("tarjuman.jar", "target/tarjuman.jar")).toAbsolutePath();
  private static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";

  @TempDir Path workspace;
  @TempDir Path files;
  private TmuxSession shell;

  @AfterEach
  void killSession() throws Exception {
    if (shell != null) {
      shell.close();
    }
  }

  @Test
  void completesRunsReportsBadInputAndQuitsInATerminal() throws Exception {
    assumeTrue(TmuxSession.installed(), TmuxSession.NOT_INSTALLED);
    importTheSeed();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    shell =
        TmuxSession.start(
            "tarjuman-it-" + ProcessHandle.current().pid(),
            List.of(
                "TARJUMAN_WORKSPACE=" + workspace, "TERM=xterm-256color",
                java, "-jar", JAR.toString()));
    shell.awaitScreen(s -> s.contains("tarjuman>"), "the prompt");

    shell.send("segm", "Tab");
    shell.awaitScreen(s -> s.contains("tarjuman> segment"), "Tab completing segm to segment");
    shell.send("C-u", "segments 1", "Enter");
    // The last segment of the article, as stored: Arabic in logical order, wrapped in the table.
    String table = shell.awaitScreen(s -> s.contains("الأسد الإفريقي"), "the segments table");
    assertThat(table).containsPattern("16 +16 +23 ");

    shell.send("C-l", "segment 9999", "Enter");
    String error = shell.awaitScreen(s -> s.contains("no segment 9999"), "the error");
    assertThat(error).doesNotContain("Exception", "\tat ");

    shell.send("quit", "Enter");
    shell.awaitScreen(s -> !shell.alive(), "the shell to end");
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
}
