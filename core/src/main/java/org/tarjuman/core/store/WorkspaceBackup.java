package org.tarjuman.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.files.ReplacingFile;

/**
 * Backs a workspace up into a portable file and restores one into an empty workspace, on H2 and
 * PostgreSQL alike: the file format is {@link BackupWriter}'s, the restore {@link BackupReader}'s.
 * A backup from one database restores into the other, which is how a personal H2 workspace moves to
 * a team's PostgreSQL database and back.
 */
final class WorkspaceBackup {

  private final Jdbi jdbi;
  private final DatabaseTarget target;

  WorkspaceBackup(Jdbi jdbi, DatabaseTarget target) {
    this.jdbi = jdbi;
    this.target = target;
  }

  BackupReport backup(Path file, boolean replace) {
    Path absolute = file.toAbsolutePath().normalize();
    ReplacingFile.checkWritable(absolute, replace);
    BackupReport[] report = {null};
    Path[] scratch = {null};
    try {
      ReplacingFile.writeFile(
          absolute,
          replace,
          (Path part) -> {
            scratch[0] = Files.createTempFile(part.getParent(), ".tarjuman-backup-", ".jsonl");
            try (Handle handle = jdbi.open();
                OutputStream out = Files.newOutputStream(part);
                ZipOutputStream zip = new ZipOutputStream(out)) {
              report[0] = snapshot(handle, zip, scratch[0], file);
            } catch (SQLException | JdbiException e) {
              throw new StorageException(
                  "cannot back up the " + target.description() + ": "
                      + target.withoutCredentials(e.getMessage()), e);
            }
          });
      return report[0];
    } finally {
      deleteQuietly(scratch[0]);
    }
  }

  private BackupReport snapshot(Handle handle, ZipOutputStream zip, Path rows, Path file)
      throws SQLException, IOException {
    // One snapshot for every table; H2's REPEATABLE READ would not hide rows inserted meanwhile.
    handle.setTransactionIsolationLevel(
        target.isH2()
            ? TransactionIsolationLevel.SERIALIZABLE
            : TransactionIsolationLevel.REPEATABLE_READ);
    handle.setReadOnly(true);
    handle.begin();
    Connection c = handle.getConnection();
    try {
      String database =
          c.getMetaData().getDatabaseProductName() + " "
              + c.getMetaData().getDatabaseProductVersion();
      BackupReport report =
          new BackupWriter(c, zip, rows)
              .write(file, target.description(), schemaVersion(c), database);
      handle.commit();
      return report;
    } catch (SQLException | IOException | RuntimeException e) {
      handle.rollback();
      throw e;
    }
  }

  BackupReport restore(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + ": no such file");
    }
    try (ZipFile zip = new ZipFile(file.toFile());
        Handle handle = jdbi.open()) {
      handle.begin();
      Connection c = handle.getConnection();
      BackupReader reader = new BackupReader(c, zip, file);
      try {
        Map<String, Object> manifest = reader.manifest(schemaVersion(c));
        reader.requireEmpty(target.description());
        Map<String, Long> rows = reader.insertAll(manifest);
        handle.commit();
        // After the commit: H2 commits any open transaction on ALTER TABLE.
        handle.begin();
        reader.resetIdentities();
        handle.commit();
        return new BackupReport(
            file,
            target.description(),
            String.valueOf(manifest.get("schema_version")),
            rows,
            blobCount(zip));
      } catch (SQLException | IOException | RuntimeException e) {
        handle.rollback();
        throw e;
      }
    } catch (ZipException e) {
      throw new InvalidInputException(file + " is not a Tarjuman backup (not a zip file)");
    } catch (IOException e) {
      throw new StorageException("cannot read the backup " + file + ": " + e.getMessage(), e);
    } catch (SQLException | JdbiException e) {
      throw new StorageException(
          "cannot restore " + file + " into the " + target.description()
              + "; nothing was restored: "
              + target.withoutCredentials(e.getMessage()), e);
    }
  }

  /** The highest schema version Flyway applied: the same on H2 and PostgreSQL (see V70). */
  private static String schemaVersion(Connection c) throws SQLException {
    MigrationVersion highest = MigrationVersion.EMPTY;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
      while (rs.next()) {
        MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
        highest = version.isNewerThan(highest) ? version : highest;
      }
    }
    return highest.getVersion();
  }

  private static long blobCount(ZipFile zip) {
    return zip.stream().filter(e -> e.getName().startsWith("blobs/")).count();
  }

  private static void deleteQuietly(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // A leftover scratch file is harmless; the backup's own outcome is what counts.
      }
    }
  }
}
