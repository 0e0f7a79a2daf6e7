package org.tarjuman.core.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a backup wrote or a restore read.
 *
 * @param file the backup file
 * @param database the workspace's database it was taken from or restored into, without password
 * @param schemaVersion the workspace schema version the backup was taken at
 * @param rows rows per table, in the order they were written
 * @param blobs how many binary values (original documents) were stored as entries of their own
 */
public record BackupReport(
    Path file, String database, String schemaVersion, Map<String, Long> rows, long blobs) {
  public BackupReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    rows = Map.copyOf(rows);
  }

  /** All rows of all tables. */
  public long totalRows() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }
}
