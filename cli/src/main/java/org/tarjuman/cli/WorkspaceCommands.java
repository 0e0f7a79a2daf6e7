package org.tarjuman.cli;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.BackupText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.ShellConfiguration;

/** {@code backup} and {@code restore}: the whole workspace to a portable file and back. */
@Component
public class WorkspaceCommands {

  static final String BACKUP = "backup FILE [--force]";
  static final String RESTORE = "restore FILE";

  private final WorkbenchFactory workbenches;
  private final BackupText text;

  public WorkspaceCommands(WorkbenchFactory workbenches, BackupText text) {
    this.workbenches = workbenches;
    this.text = text;
  }

  @Command(
      name = "backup",
      group = "Workspace",
      description = "Write a consistent copy of the workspace to a file",
      help =
          "Usage: "
              + BACKUP
              + "\nWrites documents, versions with their original files, segments, translations,"
              + " history and the TM to FILE (a zip of one JSON-lines file per table; an existing"
              + " FILE is replaced only with --force),"
              + " read in one snapshot, so others may go on working meanwhile. `restore FILE`"
              + " brings it back into an empty workspace on H2 or PostgreSQL."
              + "\nExample: backup workspace-2026-11-29.zip",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN,
      completionProvider = ShellConfiguration.FILE_COMPLETION)
  public String backup(
      @Argument(index = 0, description = "the backup file to write") String file,
      @Option(longName = "force", description = "replace FILE if it exists") boolean force) {
    String name = new Usage(BACKUP).require(file, "FILE");
    return text.backup(workbenches.workbench().backup(ImportCommands.path(name), force));
  }

  @Command(
      name = "restore",
      group = "Workspace",
      description = "Restore a backup into an empty workspace",
      help =
          "Usage: "
              + RESTORE
              + "\nRestores a file written by `backup` into this workspace, which must be empty"
              + " (a new TARJUMAN_WORKSPACE folder, or an empty database in TARJUMAN_DB_URL); all"
              + " of it in one transaction, with every id kept. A workspace that holds anything"
              + " is refused (exit 2). This moves a personal H2 workspace to a team's PostgreSQL"
              + " database and back."
              + "\nExample: restore workspace-2026-11-29.zip",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN,
      completionProvider = ShellConfiguration.FILE_COMPLETION)
  public String restore(@Argument(index = 0, description = "the backup file") String file) {
    String name = new Usage(RESTORE).require(file, "FILE");
    return text.restore(workbenches.workbench().restore(ImportCommands.path(name)));
  }
}
