package org.tarjuman.core.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The databases a store test runs on: the embedded H2 file database and, when {@code
 * TARJUMAN_TEST_PG_URL} names a PostgreSQL server, PostgreSQL. Use it as the parameter of a
 * {@code @ParameterizedTest @EnumSource(TestDatabase.class)}:
 *
 * <pre>{@code
 * try (TestDatabase.Fresh db = database.create(temp)) {
 *   try (Workspace workspace = Workspace.open(db.config())) { ... }
 *   try (Connection c = db.connect()) { ... direct SQL for assertions ... }
 * }
 * }</pre>
 *
 * <p>Every {@link #create} is a new, empty database: a folder for H2, a database named {@code
 * tarjuman_test_<random>} on the PostgreSQL server (created through the URL's own database, dropped
 * again on close). Without {@code TARJUMAN_TEST_PG_URL} the PostgreSQL case is skipped with that
 * reason. {@code TARJUMAN_TEST_PG_USER} and {@code TARJUMAN_TEST_PG_PASSWORD} are the credentials;
 * the user needs {@code CREATEDB}. {@code .ci/run} starts a cluster and sets all three.
 */
enum TestDatabase {
  H2 {
    @Override
    Fresh create(Path temp) {
      Path folder = temp.resolve("h2-" + UUID.randomUUID());
      return new Fresh(this, WorkspaceConfig.inFolder(folder), () -> {});
    }
  },
  POSTGRESQL {
    @Override
    Fresh create(Path temp) {
      Map<String, String> env = System.getenv();
      String url = env.getOrDefault(URL_VARIABLE, "");
      assumeTrue(
          !url.isBlank(),
          "PostgreSQL not configured: set " + URL_VARIABLE + " (and _USER, _PASSWORD) to run this");
      String user = env.getOrDefault("TARJUMAN_TEST_PG_USER", "");
      String password = env.getOrDefault("TARJUMAN_TEST_PG_PASSWORD", "");
      String name = "tarjuman_test_" + UUID.randomUUID().toString().replace("-", "");
      execute(url, user, password, "CREATE DATABASE " + name + " ENCODING 'UTF8'");
      String dbUrl = url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
      WorkspaceConfig config =
          new WorkspaceConfig(
              temp.resolve("pg-" + name),
              Optional.of(dbUrl),
              Optional.of(user),
              Optional.of(password));
      return new Fresh(
          this,
          config,
          () -> execute(url, user, password, "DROP DATABASE " + name + " WITH (FORCE)"));
    }
  };

  /** The environment variable with the JDBC URL of a PostgreSQL server's maintenance database. */
  static final String URL_VARIABLE = "TARJUMAN_TEST_PG_URL";

  /** A new, empty database of this kind; a test without PostgreSQL configured is skipped here. */
  abstract Fresh create(Path temp);

  private static void execute(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database: " + sql + ": " + e.getMessage(), e);
    }
  }

  /** One new database: its workspace configuration, direct connections to it, dropped on close. */
  static final class Fresh implements AutoCloseable {
    private final TestDatabase kind;
    private final WorkspaceConfig config;
    private final Runnable drop;
    private Workspace workspace;

    private Fresh(TestDatabase kind, WorkspaceConfig config, Runnable drop) {
      this.kind = kind;
      this.config = config;
      this.drop = drop;
    }

    TestDatabase kind() {
      return kind;
    }

    /** What {@link Workspace#open} takes to open this database. */
    WorkspaceConfig config() {
      return config;
    }

    /** The workspace on this database, migrated, opened once and closed with it. */
    Workspace workspace() {
      if (workspace == null) {
        workspace = Workspace.open(config);
      }
      return workspace;
    }

    /** A connection of its own, for setting up and checking rows with plain SQL. */
    Connection connect() throws SQLException {
      if (config.jdbcUrl().isEmpty()) {
        return StoreFixtures.connect(config.folder());
      }
      return DriverManager.getConnection(
          config.jdbcUrl().get(), config.user().orElse(""), config.password().orElse(""));
    }

    @Override
    public void close() {
      try {
        if (workspace != null) {
          workspace.close();
        }
      } finally {
        drop.run();
      }
    }

    @Override
    public String toString() {
      return kind.name();
    }
  }
}
