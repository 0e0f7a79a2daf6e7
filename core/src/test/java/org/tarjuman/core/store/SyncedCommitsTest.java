package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuman.core.store.StoreFixtures.javaMain;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.TmUnit;

/**
 * A write the store has returned from is in the H2 file: a process that dies right after it (as a
 * console killed while it prints its report, or a power cut) leaves it for the next one.
 */
class SyncedCommitsTest {

  private static final int UNITS = 25;
  private static final int DIED = 9;

  @TempDir Path folder;

  @Test
  void aProcessThatDiesRightAfterAWriteReturnedLeavesTheWriteInTheFile() throws Exception {
    Process dying = javaMain(SyncedCommitsTest.class, folder.toString());
    assertThat(dying.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String said = new String(dying.getInputStream().readAllBytes());
    assertThat(dying.exitValue()).as(said).isEqualTo(DIED);
    assertThat(said).contains("added " + UNITS);

    try (Workspace workspace = Workspace.open(WorkspaceConfig.inFolder(folder))) {
      assertThat(workspace.tm().stats().units()).isEqualTo(UNITS);
    }
  }

  /** The other process: adds TM units to a new workspace, says so, and dies at once. */
  public static void main(String[] args) {
    Workspace workspace = Workspace.open(WorkspaceConfig.inFolder(Path.of(args[0])));
    Instant now = Instant.now();
    workspace
        .tm()
        .add(
            sink -> {
              for (int i = 0; i < UNITS; i++) {
                sink.accept(
                    new TmUnit(
                        Locale.forLanguageTag("ar"),
                        Locale.ENGLISH,
                        Content.ofText("وصل الوفد " + i),
                        Content.ofText("The delegation arrived " + i),
                        Optional.empty(),
                        Optional.empty(),
                        Origin.XLIFF,
                        now,
                        now));
              }
            });
    System.out.println("added " + UNITS);
    System.out.flush();
    Runtime.getRuntime().halt(DIED);
  }
}
