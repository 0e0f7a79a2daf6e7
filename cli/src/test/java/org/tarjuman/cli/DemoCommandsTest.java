package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandsTest {

  @TempDir Path workspace;

  @Test
  void createsAFreshFolderNamedAfterTheTime() {
    Path folder = DemoCommands.freshFolder(workspace, LocalDateTime.of(2026, 3, 4, 5, 6, 7));

    assertThat(folder).isEqualTo(workspace.resolve("demo-20260304-050607"));
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void neverReusesTheFolderOfAnEarlierDemoInTheSameSecond() {
    LocalDateTime now = LocalDateTime.of(2026, 3, 4, 5, 6, 7);

    Path first = DemoCommands.freshFolder(workspace, now);
    Path second = DemoCommands.freshFolder(workspace, now);

    assertThat(second).isNotEqualTo(first).isEqualTo(workspace.resolve("demo-20260304-050607-2"));
  }

  @Test
  void createsTheWorkspaceFolderWhenItDoesNotExistYet() {
    Path folder = DemoCommands.freshFolder(workspace.resolve("new/.tarjuman"), LocalDateTime.now());

    assertThat(Files.isDirectory(folder)).isTrue();
  }

  @Test
  void tellsHowToKeepUsingTheWorkspaceQuotedForTheShell() {
    String hint =
        DemoCommands.howToContinue(
            Path.of("/home/u/My Work/demo-1"), "article.txt", "cli/target/tarjuman.jar");

    assertThat(hint)
        .contains(
            "TARJUMAN_WORKSPACE='/home/u/My Work/demo-1' java -jar cli/target/tarjuman.jar"
                + " segments article.txt");
    assertThat(DemoCommands.shellQuoted("it's")).isEqualTo("'it'\\''s'");
  }
}
