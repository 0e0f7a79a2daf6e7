package org.tarjuman.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.tarjuman.core.StorageException;

/**
 * How long a write waits for another console's unfinished write, and what the user reads when it
 * gave up: the one message for every writer that locks a document's rows (import and re-import,
 * {@code import-xliff}, {@code translate}, {@code align}, the TM drafts a re-import fills in).
 *
 * <p>Both databases wait ten seconds for a row another transaction holds, then fail the statement:
 * H2 through {@code LOCK_TIMEOUT=10000} in the workspace URL ({@link DatabaseTarget#inFolder}),
 * error code 50200; PostgreSQL through the {@code lock_timeout} setting that {@link
 * #limitPostgreSqlWait} gives every connection, SQLSTATE 55P03. The failed transaction is rolled
 * back by its caller, so nothing of the write is stored.
 */
final class LockTimeout {

  /**
   * Sets {@code lock_timeout} to 10 s for the session, only where nobody chose a value: the server's
   * configuration file, {@code ALTER DATABASE} or {@code ALTER ROLE ... SET lock_timeout}, the
   * URL's {@code options=-c lock_timeout=...} and {@code PGOPTIONS} all make {@code pg_settings}
   * name another source than {@code default}, and are kept. One round trip per new connection.
   */
  private static final String LIMIT_UNLESS_SET =
      "SELECT set_config('lock_timeout', '10s', false) FROM pg_settings"
          + " WHERE name = 'lock_timeout' AND source = 'default'";

  private static final String POSTGRESQL_LOCK_NOT_AVAILABLE = "55P03";

  private static final String BY_ID = "SELECT id, name FROM documents WHERE id = :key";
  private static final String BY_NAME = "SELECT id, name FROM documents WHERE name = :key";
  private static final String BY_SEGMENT =
      """
      SELECT d.id, d.name FROM segments s
          JOIN document_versions v ON v.id = s.version_id
          JOIN documents d ON d.id = v.document_id
      WHERE s.id = :key
      """;

  private LockTimeout() {}

  /** Gives a new PostgreSQL connection the 10 s lock timeout unless one was configured. */
  static void limitPostgreSqlWait(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(LIMIT_UNLESS_SET);
    }
  }

  /** Whether a write failed because a row lock was not granted in time, on H2 or PostgreSQL. */
  static boolean isCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && (sql.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1
              || POSTGRESQL_LOCK_NOT_AVAILABLE.equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /** The failure of a write to the document with this id that waited in vain. */
  static StorageException documentWithId(Jdbi jdbi, long documentId, Throwable failure) {
    return busy(find(jdbi, BY_ID, documentId).orElse("document " + documentId), failure);
  }

  /** The failure of a write to the document of this name that waited in vain. */
  static StorageException documentNamed(Jdbi jdbi, String name, Throwable failure) {
    return busy(find(jdbi, BY_NAME, name).orElse("document '" + name + "'"), failure);
  }

  /** The failure of a write to the document of this segment that waited in vain. */
  static StorageException documentOfSegment(Jdbi jdbi, long segmentId, Throwable failure) {
    return busy(
        find(jdbi, BY_SEGMENT, segmentId).orElse("the document of segment " + segmentId), failure);
  }

  /**
   * One line: what happened and what to do. The database's own error (which spans lines and names
   * the SQL statement) is kept as a suppressed exception rather than the cause, so that the console
   * does not add it to the line; {@code TARJUMAN_DEBUG=1} still prints it.
   */
  private static StorageException busy(String document, Throwable failure) {
    StorageException busy =
        new StorageException(
            document
                + " is being written by another console (a re-import or an import-xliff?);"
                + " nothing was stored; run the command again when that write has finished",
            null);
    busy.addSuppressed(failure);
    return busy;
  }

  /**
   * {@code document 1 (article)}, read in a transaction of its own: the failed one may be aborted
   * (PostgreSQL), and a plain read waits for no lock on either database. Empty when the document is
   * not committed yet (a first import) or the read fails too.
   */
  private static Optional<String> find(Jdbi jdbi, String query, Object key) {
    try (Handle handle = jdbi.open()) {
      return handle
          .createQuery(query)
          .bind("key", key)
          .map((rs, ctx) -> "document " + rs.getLong("id") + " (" + rs.getString("name") + ")")
          .findOne();
    } catch (JdbiException e) {
      return Optional.empty();
    }
  }
}
