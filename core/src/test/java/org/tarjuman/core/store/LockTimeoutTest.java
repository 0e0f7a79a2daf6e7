package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.StorageException;

/**
 * The lock timeout every PostgreSQL connection gets unless one was configured, and how a write that
 * waited in vain is recognised on either database. The waits themselves are in {@link
 * ReimportDuringTranslationBatchTest}.
 */
class LockTimeoutTest {

  @TempDir Path temp;

  @Test
  void recognisesH2AndPostgreSqlLockTimeoutsAnywhereInTheCauses() {
    SQLException h2 = new SQLException("Timeout trying to lock table", "HYT00", 50200);
    SQLException postgres = new SQLException("canceling statement due to lock timeout", "55P03");

    assertThat(LockTimeout.isCause(new IllegalStateException("wrapped", h2))).isTrue();
    assertThat(LockTimeout.isCause(postgres)).isTrue();
    assertThat(LockTimeout.isCause(new SQLException("deadlock detected", "40P01"))).isFalse();
    assertThat(LockTimeout.isCause(new SQLException("unique", "23505", 23505))).isFalse();
  }

  @Test
  void namesTheDocumentByIdAndNameAndKeepsTheDatabaseErrorOutOfTheLine() throws Exception {
    try (TestDatabase.Fresh db = TestDatabase.H2.create(temp)) {
      db.workspace();
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO documents (name, source_lang, created_at)"
                + " VALUES ('article', 'ar', CURRENT_TIMESTAMP)");
      }
      Jdbi jdbi = Jdbi.create(db::connect);
      SQLException timeout = new SQLException("Timeout trying to lock table", "HYT00", 50200);

      StorageException byName = LockTimeout.documentNamed(jdbi, "article", timeout);
      StorageException unknown = LockTimeout.documentWithId(jdbi, 99, timeout);

      assertThat(byName)
          .hasMessage(
              "document 1 (article) is being written by another console (a re-import or an"
                  + " import-xliff?); nothing was stored; run the command again when that write"
                  + " has finished")
          .hasNoCause();
      assertThat(byName.getSuppressed()).containsExactly(timeout);
      assertThat(unknown).hasMessageStartingWith("document 99 is being written by another console");
    }
  }

  @Test
  void givesAPostgreSqlConnectionTenSecondsWhenNothingIsConfigured() throws Exception {
    try (TestDatabase.Fresh db = TestDatabase.POSTGRESQL.create(temp)) {
      assertThat(lockTimeout(db.config().jdbcUrl().orElseThrow(), db)).isEqualTo("10s");
    }
  }

  @Test
  void keepsALockTimeoutGivenInTheUrl() throws Exception {
    try (TestDatabase.Fresh db = TestDatabase.POSTGRESQL.create(temp)) {
      String url = db.config().jdbcUrl().orElseThrow() + "?options=-c%20lock_timeout%3D2500ms";

      assertThat(lockTimeout(url, db)).isEqualTo("2500ms");
    }
  }

  @Test
  void keepsALockTimeoutSetForTheDatabase() throws Exception {
    try (TestDatabase.Fresh db = TestDatabase.POSTGRESQL.create(temp)) {
      try (Connection c = db.connect();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT current_database()")) {
        rs.next();
        s.execute("ALTER DATABASE " + rs.getString(1) + " SET lock_timeout = '3s'");
      }

      assertThat(lockTimeout(db.config().jdbcUrl().orElseThrow(), db)).isEqualTo("3s");
    }
  }

  /** The lock timeout of a connection from the data source a workspace on this URL would use. */
  private static String lockTimeout(String url, TestDatabase.Fresh db) throws SQLException {
    DatabaseTarget target =
        DatabaseTarget.ofUrl(url, db.config().user().orElse(""), db.config().password().orElse(""));
    try (Connection c = target.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW lock_timeout")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
