package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuman.core.store.StoreFixtures.javaMain;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a workspace whose H2 file another process holds without sharing it, as a console does
 * for the moments between stopping its {@code AUTO_SERVER} and releasing the file when it exits;
 * and going on after the process that served the file to this workspace exited.
 */
class WorkspaceInUseTest {

  @TempDir Path folder;

  @Test
  void waitsForAnotherProcessToReleaseTheFileInsteadOfFailing() throws Exception {
    try (Workspace created = Workspace.open(WorkspaceConfig.inFolder(folder))) {
      assertThat(created.documents().documents()).isEmpty();
    }
    Process holder = javaMain(WorkspaceInUseTest.class, withoutServer(), "3000");
    try {
      BufferedReader said =
          new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(said.readLine()).isEqualTo("holding");

      try (Workspace workspace = Workspace.open(WorkspaceConfig.inFolder(folder))) {
        assertThat(workspace.documents().documents()).isEmpty();
      }
      assertThat(holder.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(holder.exitValue()).isZero();
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  void keepsTheFileOpenBetweenOperationsAfterTheConsoleThatServedItExits() throws Exception {
    try (Workspace created = Workspace.open(WorkspaceConfig.inFolder(folder))) {
      assertThat(created.documents().documents()).isEmpty();
    }
    String workspaceUrl = DatabaseTarget.inFolder(folder).url();
    Process server = javaMain(WorkspaceInUseTest.class, workspaceUrl, "3000");
    BufferedReader said =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    assertThat(said.readLine()).isEqualTo("holding");
    try (Workspace workspace = Workspace.open(WorkspaceConfig.inFolder(folder))) {
      assertThat(workspace.documents().documents()).isEmpty();
      assertThat(server.waitFor(1, TimeUnit.MINUTES)).isTrue();

      assertThat(workspace.documents().documents()).isEmpty();
      Process other = javaMain(WorkspaceInUseTest.class, withoutServer(), "0");
      String otherSaid = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(other.waitFor(1, TimeUnit.MINUTES)).isTrue(); System.err.println("OTHER SAID: " + otherSaid.substring(0, Math.min(400, otherSaid.length())));
      assertThat(otherSaid).as("the file is still open here").contains("90020");
      assertThat(workspace.documents().documents()).isEmpty();
    } finally {
      server.destroyForcibly();
    }
  }

  private String withoutServer() {
    return "jdbc:h2:file:" + folder.resolve(DatabaseTarget.H2_FILE_NAME);
  }

  /** The other process: opens the H2 URL, says so, holds it for the milliseconds, closes it. */
  public static void main(String[] args) throws Exception {
    try (Connection held = DriverManager.getConnection(args[0], "sa", "")) {
      System.out.println("holding");
      System.out.flush();
      Thread.sleep(Long.parseLong(args[1]));
    }
  }
}
