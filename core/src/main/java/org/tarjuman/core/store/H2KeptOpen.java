package org.tarjuman.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Opens the connections of an H2 workspace and holds one more open between operations, so that H2
 * does not close the database after each operation (it closes an embedded database when its last
 * connection closes) and open it again for the next.
 *
 * <p>Under {@code AUTO_SERVER} the held connection may go to another console that serves the file.
 * When that console exits, the next connection opens the file in this process (it becomes the
 * server), but the held one is dead: every operation then opened the file, read it, and on close
 * compacted it for up to 200 ms; a re-import's leverage, a few connections per segment, ran for
 * more than twelve minutes. So the first connection that turns out to be in this process while the
 * held one is not makes a new connection in this process the held one.
 */
final class H2KeptOpen implements ConnectionFactory, AutoCloseable {

  private final DataSource h2;
  private Connection held;
  private volatile boolean heldInProcess;

  /** Holds {@code first}, a connection {@code h2} opened, until closed. */
  H2KeptOpen(DataSource h2, Connection first) {
    this.h2 = h2;
    this.held = first;
    this.heldInProcess = inProcess(first);
  }

  @Override
  public Connection openConnection() throws SQLException {
    Connection connection = h2.getConnection();
    if (!heldInProcess && inProcess(connection)) {
      holdAnother();
    }
    return connection;
  }

  private synchronized void holdAnother() throws SQLException {
    if (heldInProcess) {
      return;
    }
    Connection previous = held;
    held = h2.getConnection();
    heldInProcess = true;
    try {
      previous.close();
    } catch (SQLException e) {
      // Its server is gone; there is nothing left to close.
    }
  }

  private static boolean inProcess(Connection connection) {
    try {
      return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public synchronized void close() throws SQLException {
    held.close();
  }
}
