package org.tarjuman.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.jdbi.v3.core.Jdbi;
import org.tarjuman.core.StorageException;

/**
 * An open workspace database, its schema brought up to date by the Flyway migrations in {@code
 * db/migration}.
 *
 * <p>By default the database is an H2 file in the workspace folder, opened with {@code
 * AUTO_SERVER=TRUE} so that two consoles can share it; a JDBC URL in the configuration replaces it
 * (an H2 server or PostgreSQL, whose driver must then be on the class path). Each operation takes
 * a connection from the data source. For H2 the workspace also holds one connection open until it
 * is closed, so the database is not closed and reopened between operations; for a server, {@link
 * ReusingDataSource} keeps a few connections open between operations instead of logging in anew.
 * The H2 connection held is replaced when the console that served the file exits ({@link
 * H2KeptOpen}).
 * An H2 database opened after a crash first gets its interrupted commits finished ({@link
 * H2LeftoverCommits}), and a commit to an H2 file returns once it is on disk ({@link
 * SyncedCommits}).
 *
 * <p>The migrations use one Flyway placeholder, {@code blob_type}: {@code BLOB} (H2 and others),
 * {@code BYTEA} on PostgreSQL, for the stored original documents.
 */
public final class Workspace implements AutoCloseable {

  /** How long an H2 file another console is closing is waited for: as long as a row lock. */
  private static final Duration IN_USE_PATIENCE = Duration.ofSeconds(10);

  private static final Duration IN_USE_RETRY = Duration.ofMillis(250);

  private final DatabaseTarget target;
  /** H2: the connection that keeps the database open; a server: the reused connections. */
  private final AutoCloseable keepOpen;
  private final JdbiDocumentStore documents;
  private final JdbiTmStore tm;
  private final JdbiTranslationStore translations;
  private final WorkspaceBackup backups;

  private Workspace(DatabaseTarget target, AutoCloseable keepOpen, Jdbi jdbi) {
    this.target = target;
    this.keepOpen = keepOpen;
    this.documents = new JdbiDocumentStore(jdbi);
    this.tm = new JdbiTmStore(jdbi);
    this.translations = new JdbiTranslationStore(jdbi);
    this.backups = new WorkspaceBackup(jdbi, target);
  }

  /**
   * Opens (creating it if needed) and migrates the workspace database.
   *
   * @throws StorageException when the folder cannot be created, the database cannot be reached, or
   *     its schema cannot be migrated
   * @throws org.tarjuman.core.InvalidInputException when the folder cannot hold an H2 database
   */
  public static Workspace open(WorkspaceConfig config) {
    DatabaseTarget target =
        config.jdbcUrl().isPresent()
            ? DatabaseTarget.ofUrl(
                config.jdbcUrl().get(), config.user().orElse(""), config.password().orElse(""))
            : DatabaseTarget.inFolder(createFolder(config.folder()));
    DataSource dataSource = target.dataSource();
    // Connecting first gives a clear message when the database cannot be reached.
    Connection first = connect(target, dataSource);
    try {
      if (target.isH2()) {
        H2LeftoverCommits.finish(first, target.description());
      }
      if (!SchemaCheck.isCurrent(first, Workspace.class.getClassLoader())) {
        migrate(target, dataSource);
      }
    } catch (RuntimeException e) {
      closeQuietly(first, e);
      throw e;
    }
    if (target.isH2()) {
      H2KeptOpen kept = new H2KeptOpen(dataSource, first);
      Jdbi jdbi = Jdbi.create(kept);
      if (target.file().isPresent()) {
        jdbi.setTransactionHandler(new SyncedCommits(jdbi.getTransactionHandler()));
      }
      return new Workspace(target, kept, jdbi);
    }
    try {
      first.close();
    } catch (SQLException e) {
      throw new StorageException("cannot close a connection to the " + target.description(), e);
    }
    ReusingDataSource reusing = new ReusingDataSource(dataSource);
    return new Workspace(target, reusing, Jdbi.create(reusing));
  }

  /** The documents, versions and segments of this workspace. */
  public DocumentStore documents() {
    return documents;
  }

  /** The translation memory of this workspace. */
  public TmStore tm() {
    return tm;
  }

  /** The segments' translations, their history and the translation memory of this workspace. */
  public TranslationStore translations() {
    return translations;
  }

  /**
   * Writes a consistent copy of the whole workspace into a new file while others may go on
   * working: a zip of one JSON-lines file per table, the original documents and the schema version,
   * which either database can restore. Refuses an existing file unless {@code replace}.
   */
  public BackupReport backup(Path file, boolean replace) {
    return backups.backup(file, replace);
  }

  /**
   * Restores a backup into this workspace, which must be empty (an {@link
   * org.tarjuman.core.InvalidInputException} otherwise), keeping every id; all rows in one
   * transaction.
   */
  public BackupReport restore(Path file) {
    return backups.restore(file);
  }

  /** Where the database is, for messages: a file path or a URL, never with a password. */
  public String description() {
    return target.description();
  }

  /**
   * The size in bytes of the database file, for an H2 file database; empty for a database server
   * (whose size this console cannot see).
   */
  public OptionalLong sizeOnDisk() {
    Optional<Path> file = target.file();
    if (file.isEmpty() || !Files.isRegularFile(file.get())) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Files.size(file.get()));
    } catch (IOException e) {
      throw new StorageException("cannot read the size of " + file.get() + ": " + e, e);
    }
  }

  @Override
  public void close() {
    if (keepOpen != null) {
      try {
        keepOpen.close();
      } catch (Exception e) {
        throw new StorageException("could not close the " + description(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "Workspace[" + description() + "]";
  }

  private static Path createFolder(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    try {
      return Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new StorageException(
          "cannot create the workspace folder "
              + absolute
              + " ("
              + e
              + "); set TARJUMAN_WORKSPACE to a folder you can write to",
          e);
    }
  }

  /**
   * Connects; an H2 file that another console holds without a server to share it through is tried
   * again for {@link #IN_USE_PATIENCE}. That happens while the console that shared the file closes
   * it (it stops its server before it releases the file, which may take seconds on a busy machine)
   * and while a killed console's lock file is not yet seen to be stale.
   */
  private static Connection connect(DatabaseTarget target, DataSource dataSource) {
    long deadline = System.nanoTime() + IN_USE_PATIENCE.toNanos();
    while (true) {
      try {
        return dataSource.getConnection();
      } catch (SQLException e) {
        if (!isInUse(target, e) || System.nanoTime() > deadline) {
          throw cannotOpen(target, e);
        }
      }
      try {
        Thread.sleep(IN_USE_RETRY.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StorageException(
            "interrupted while waiting for another console to release the " + target.description(),
            e);
      }
    }
  }

  /** H2's "database may be already in use" for a file another process has locked. */
  private static boolean isInUse(DatabaseTarget target, SQLException e) {
    return target.file().isPresent() && e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
  }

  private static StorageException cannotOpen(DatabaseTarget target, SQLException e) {
    SQLException safe = target.withoutCredentials(e);
    boolean refusedLogin =
        (e.getSQLState() != null && e.getSQLState().startsWith("28"))
            || String.valueOf(e.getMessage()).contains("no password was provided");
    String hint =
        refusedLogin
            ? "; set TARJUMAN_DB_USER and TARJUMAN_DB_PASSWORD, or put the password in ~/.pgpass"
                + " (or the file PGPASSFILE names)"
            : "";
    return new StorageException(
        "cannot open the " + target.description() + ": " + safe.getMessage() + hint, safe);
  }

  private static void migrate(DatabaseTarget target, DataSource dataSource) {
    try {
      Flyway.configure(Workspace.class.getClassLoader())
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .javaMigrations(new KeyIndexMigration())
          .placeholders(Map.of("blob_type", target.isPostgreSql() ? "BYTEA" : "BLOB"))
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StorageException(
          "cannot prepare the schema of the "
              + target.description()
              + ": "
              + target.withoutCredentials(e.getMessage()),
          e);
    }
  }

  private static void closeQuietly(Connection connection, RuntimeException failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
