package org.tarjuman.core.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that opens a new connection through {@link DriverManager} each time: no pool, so
 * nothing to start when the console starts. Used for JDBC URLs other than H2's. Each new connection
 * is first prepared by a {@link Setup} (PostgreSQL: the lock timeout, {@link LockTimeout}).
 */
final class DriverManagerDataSource implements DataSource {

  /** What every new connection runs before it is handed out. */
  @FunctionalInterface
  interface Setup {
    /** Nothing to prepare. */
    Setup NONE = connection -> {};

    void prepare(Connection connection) throws SQLException;
  }

  private final String url;
  private final String user;
  private final String password;
  private final Setup setup;
  private PrintWriter logWriter;
  private int loginTimeoutSeconds;

  DriverManagerDataSource(String url, String user, String password, Setup setup) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.setup = setup;
  }

  /**
   * An empty user or password is left out rather than sent, so the driver falls back on its own
   * sources: the PostgreSQL driver then takes the password from the {@code .pgpass} file ({@code
   * PGPASSFILE}, else {@code ~/.pgpass}) and the operating-system user name.
   */
  @Override
  public Connection getConnection() throws SQLException {
    return prepared(DriverManager.getConnection(url, emptyAsNull(user), emptyAsNull(password)));
  }

  private Connection prepared(Connection connection) throws SQLException {
    try {
      setup.prepare(connection);
      return connection;
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  private static String emptyAsNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  @Override
  public Connection getConnection(String otherUser, String otherPassword) throws SQLException {
    return prepared(DriverManager.getConnection(url, otherUser, otherPassword));
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  // The log writer and login timeout are kept but not applied: DriverManager's are JVM-wide.
  @Override
  public void setLogWriter(PrintWriter out) {
    logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("DriverManager has no parent logger");
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

  @Override
  public String toString() {
    return "DriverManagerDataSource[" + DatabaseTarget.redact(url) + "]";
  }
}
