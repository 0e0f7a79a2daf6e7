package org.tarjuman.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;
import org.tarjuman.core.workbench.Workbench;
import org.tarjuman.xliff.XliffService;

/**
 * Where commands get their {@link Workbench}: the workspace named by the environment ({@code
 * TARJUMAN_WORKSPACE}, {@code TARJUMAN_DB_URL}, …), opened when a command first needs it, so that
 * starting the console or running {@code help} never touches the database, and closed when the
 * console exits.
 */
public final class WorkbenchFactory implements AutoCloseable {

  private final WorkspaceConfig config;
  private final Function<WorkspaceConfig, Workbench> opener;
  private final Function<Workbench, XliffService> xliffs;
  private Workbench workbench;
  private XliffService xliff;

  /**
   * @param config the workspace that {@link #workbench()} opens
   * @param opener opens a workspace ({@code LocalWorkbench::open}; a fake in tests)
   */
  public WorkbenchFactory(WorkspaceConfig config, Function<WorkspaceConfig, Workbench> opener) {
    this(config, opener, WorkbenchFactory::localXliff);
  }

  /**
   * @param config the workspace that {@link #workbench()} opens
   * @param opener opens a workspace ({@code LocalWorkbench::open}; a fake in tests)
   * @param xliffs the XLIFF exchange over an open workbench ({@code localXliff}; a fake in tests)
   */
  public WorkbenchFactory(
      WorkspaceConfig config,
      Function<WorkspaceConfig, Workbench> opener,
      Function<Workbench, XliffService> xliffs) {
    this.config = config;
    this.opener = opener;
    this.xliffs = xliffs;
  }

  /** The workspace the environment names, opened with {@link LocalWorkbench}. */
  public static WorkbenchFactory fromEnvironment() {
    WorkspaceConfig config =
        WorkspaceConfig.fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    return new WorkbenchFactory(config, LocalWorkbench::open);
  }

  /** The workspace's workbench, opened on first use and kept open until {@link #close()}. */
  public synchronized Workbench workbench() {
    if (workbench == null) {
      workbench = opener.apply(config);
    }
    return workbench;
  }

  /**
   * The XLIFF exchange over the workspace's stores, on the workbench {@link #workbench()} opens.
   * The service lives in xliff-export, which core's {@code Workbench} cannot name, so it is built
   * over a {@link LocalWorkbench}'s document and translation stores.
   *
   * @throws IllegalStateException when the workbench is not a {@link LocalWorkbench}
   */
  public synchronized XliffService xliff() {
    if (xliff == null) {
      xliff = xliffs.apply(workbench());
    }
    return xliff;
  }

  /**
   * The XLIFF exchange over another open workbench, e.g. one from {@link #openFolder}.
   *
   * @throws IllegalStateException when the workbench is not a {@link LocalWorkbench}
   */
  public XliffService xliff(Workbench other) {
    return xliffs.apply(other);
  }

  private static XliffService localXliff(Workbench workbench) {
    if (!(workbench instanceof LocalWorkbench local)) {
      throw new IllegalStateException(
          "XLIFF exchange needs a workspace database, not " + workbench.getClass().getName());
    }
    return new XliffService(local.documentStore(), local.translationStore(), local.pretranslation());
  }

  /** The workspace folder ({@code $TARJUMAN_WORKSPACE}, by default {@code ~/.tarjuman}). */
  public Path workspaceFolder() {
    return config.folder();
  }

  /** Opens another workspace, in a folder of its own; the caller closes it. */
  public Workbench openFolder(Path folder) {
    return opener.apply(WorkspaceConfig.inFolder(folder));
  }

  @Override
  public synchronized void close() {
    if (workbench != null) {
      try {
        workbench.close();
      } finally {
        workbench = null;
        xliff = null;
      }
    }
  }
}
