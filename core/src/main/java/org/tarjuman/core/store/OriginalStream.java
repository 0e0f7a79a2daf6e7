package org.tarjuman.core.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.StorageException;

/**
 * A version's original bytes, streamed from the database. The stream owns its connection and an
 * open read transaction (large objects are only readable inside one on some databases); closing the
 * stream ends both.
 */
final class OriginalStream extends FilterInputStream {

  private final Handle handle;
  private final PreparedStatement statement;
  private final ResultSet rows;

  private OriginalStream(
      InputStream in, Handle handle, PreparedStatement statement, ResultSet rows) {
    super(in);
    this.handle = handle;
    this.statement = statement;
    this.rows = rows;
  }

  static InputStream open(Jdbi jdbi, long versionId) {
    Handle handle = jdbi.open();
    PreparedStatement statement = null;
    ResultSet rows = null;
    try {
      handle.begin();
      statement =
          handle
              .getConnection()
              .prepareStatement("SELECT original FROM document_versions WHERE id = ?");
      statement.setLong(1, versionId);
      rows = statement.executeQuery();
      if (!rows.next()) {
        throw new InvalidInputException("there is no document version with id " + versionId);
      }
      return new OriginalStream(rows.getBinaryStream(1), handle, statement, rows);
    } catch (SQLException | RuntimeException e) {
      release(handle, statement, rows, e);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new StorageException(
          "cannot read the original of version " + versionId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    try {
      super.close();
    } catch (IOException e) {
      failure = e;
    }
    release(handle, statement, rows, failure);
    if (failure != null) {
      throw failure;
    }
  }

  /** Closes what is open, adding any failure to {@code primary} when there is one. */
  private static void release(
      Handle handle, PreparedStatement statement, ResultSet rows, Exception primary) {
    try (Handle h = handle;
        PreparedStatement s = statement;
        ResultSet r = rows) {
      if (h.isInTransaction()) {
        h.rollback();
      }
    } catch (SQLException | RuntimeException e) {
      if (primary == null) {
        throw new StorageException("cannot close the stream of a stored original", e);
      }
      primary.addSuppressed(e);
    }
  }
}
