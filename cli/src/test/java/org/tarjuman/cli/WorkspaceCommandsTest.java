package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code backup} and {@code restore}, Spring-wired, on a fake workbench. */
class WorkspaceCommandsTest extends SpringConsoleTest {

  @Test
  void backupNamesTheDatabaseTheFileAndTheRowsOfEachKind() {
    Run run = run("backup", files.resolve("team.zip").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Backed up the H2 database fake.mv.db to " + files.resolve("team.zip"))
        .contains("  schema        70\n", "  segments      16\n", "  TM units      3\n")
        .contains("  history       0\n", "  originals     1\n", "  rows          21 in 4 tables");
  }

  @Test
  void backupOntoAnExistingFileAndRestoreOfAMissingOneAreBadInput() throws IOException {
    Path existing = Files.writeString(files.resolve("old.zip"), "x");

    SpringConsoleTest.assertBadInput(run("backup", existing.toString()), "already exists");
    SpringConsoleTest.assertBadInput(
        run("restore", files.resolve("none.zip").toString()), "no such file");
    SpringConsoleTest.assertBadInput(run("restore"), "FILE");
  }

  @Test
  void restoreReportsWhatCameBack() throws IOException {
    Path backup = Files.writeString(files.resolve("team.zip"), "x");

    Run run = run("restore", backup.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Restored " + backup + " into the H2 database fake.mv.db\n")
        .contains("  documents     1\n");
  }
}
