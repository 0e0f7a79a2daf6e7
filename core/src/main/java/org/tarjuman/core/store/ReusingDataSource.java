package org.tarjuman.core.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps up to {@value #MAX_IDLE} closed-by-the-caller connections open for the next operation, so
 * that a workspace on a database server (PostgreSQL) does not log in again for every operation: a
 * PostgreSQL login (a new server process, SCRAM authentication) costs milliseconds, a look-up less.
 * A connection handed back is rolled back if a transaction is open and reset to auto-commit,
 * read-write and its first isolation level; one idle for more than {@value #CHECK_AFTER_MILLIS} ms
 * is checked with {@link Connection#isValid} before it is reused. {@link #close()} closes them.
 */
final class ReusingDataSource implements DataSource, AutoCloseable {

  private static final int MAX_IDLE = 4;
  private static final long CHECK_AFTER_MILLIS = 30_000;

  private final DataSource opener;
  private final Deque<Idle> idle = new ArrayDeque<>();
  private boolean closed;

  ReusingDataSource(DataSource opener) {
    this.opener = opener;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Idle reused = reusable();
    if (reused != null) {
      return handOut(reused.connection(), reused.isolation());
    }
    // Asked once per connection: the PostgreSQL driver asks the server each time.
    Connection real = opener.getConnection();
    return handOut(real, real.getTransactionIsolation());
  }

  private Idle reusable() throws SQLException {
    while (true) {
      Idle next;
      synchronized (this) {
        next = idle.pollFirst();
      }
      if (next == null) {
        return null;
      }
      if (System.currentTimeMillis() - next.since() < CHECK_AFTER_MILLIS
          || next.connection().isValid(2)) {
        return next;
      }
      next.connection().close();
    }
  }

  private Connection handOut(Connection real, int isolation) {
    boolean[] returned = {false};
    boolean[] isolationSet = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "close" -> {
                  if (!returned[0]) {
                    returned[0] = true;
                    giveBack(real, isolation, isolationSet[0]);
                  }
                  return null;
                }
                case "isClosed" -> {
                  return returned[0] || real.isClosed();
                }
                default -> {
                  isolationSet[0] |= method.getName().equals("setTransactionIsolation");
                  if (returned[0]) {
                    throw new SQLException("connection already closed");
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                }
              }
            });
  }

  private void giveBack(Connection real, int isolation, boolean isolationSet)
      throws SQLException {
    try {
      if (!real.getAutoCommit()) {
        real.rollback();
        real.setAutoCommit(true);
      }
      if (real.isReadOnly()) {
        real.setReadOnly(false);
      }
      if (isolationSet) {
        real.setTransactionIsolation(isolation);
      }
    } catch (SQLException e) {
      real.close();
      return;
    }
    synchronized (this) {
      if (!closed && idle.size() < MAX_IDLE) {
        idle.addFirst(new Idle(real, isolation, System.currentTimeMillis()));
        return;
      }
    }
    real.close();
  }

  /** Closes the idle connections; connections handed out are closed when they come back. */
  @Override
  public void close() throws SQLException {
    Deque<Idle> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayDeque<>(idle);
      idle.clear();
    }
    SQLException first = null;
    for (Idle connection : toClose) {
      try {
        connection.connection().close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return opener.getConnection(user, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return opener.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    opener.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    opener.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return opener.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return opener.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  private record Idle(Connection connection, int isolation, long since) {}
}
