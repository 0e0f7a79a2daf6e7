package org.tarjuman.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.Workbench;

/**
 * Opens a {@link FakeWorkbench} for every workspace asked for, and remembers which; XLIFF is the
 * real exchange over the fake document ({@link FakeDocumentStore}).
 */
public final class FakeWorkspaces implements AutoCloseable {

  public final Path folder;
  public final List<WorkspaceConfig> opened = new ArrayList<>();
  public final List<FakeWorkbench> workbenches = new ArrayList<>();

  public FakeWorkspaces() {
    try {
      folder = Files.createTempDirectory("tarjuman-test-workspace-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Workbench open(WorkspaceConfig config) {
    FakeWorkbench workbench = new FakeWorkbench();
    opened.add(config);
    workbenches.add(workbench);
    return workbench;
  }

  /** A factory for the workspace in {@link #folder}. */
  public WorkbenchFactory factory() {
    return new WorkbenchFactory(
        WorkspaceConfig.inFolder(folder),
        this::open,
        workbench -> FakeDocumentStore.xliff((FakeWorkbench) workbench));
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
