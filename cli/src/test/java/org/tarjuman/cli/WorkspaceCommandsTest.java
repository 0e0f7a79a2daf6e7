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

    SpringConsoleTest.assertBadInput(
        run("backup", existing.toString()), existing + ": exists; add --force to replace it");
    SpringConsoleTest.assertBadInput(
        run("restore", files.resolve("none.zip").toString()), "no such file");
    SpringConsoleTest.assertBadInput(run("restore"), "FILE");
  }

  @Test
  void backupReplacesAnExistingFileOnlyWithForce() throws IOException {
    Path existing = Files.writeString(files.resolve("nightly.zip"), "x");

    Run run = run("backup", existing.toString(), "--force");

    assertThat(run.exitCode()).isZero();
    // The heading wraps at 80 columns; a temporary folder's path is long.
    assertThat(run.out().replace('\n', ' '))
        .startsWith("Backed up the H2 database fake.mv.db to " + existing);
  }

  @Test
  void restoreReportsWhatCameBack() throws IOException {
    Path backup = Files.writeString(files.resolve("team.zip"), "x");

    Run run = run("restore", backup.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().replace('\n', ' '))
        .startsWith("Restored " + backup + " into the H2 database fake.mv.db ");
    assertThat(run.out()).contains("  documents     1\n");
  }
}
