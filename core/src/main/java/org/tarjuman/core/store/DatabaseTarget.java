package org.tarjuman.core.store;

import java.nio.file.Path;
import java.util.Optional;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.tarjuman.core.InvalidInputException;

/**
 * The database a workspace uses: by default an H2 file database in the workspace folder, else the
 * JDBC URL the user configured.
 *
 * @param url the JDBC URL
 * @param user the user name, possibly empty
 * @param password the password, possibly empty; never shown
 * @param description where the database is, for people: without any password
 */
record DatabaseTarget(String url, String user, String password, String description) {

  /** The file name H2 gives the default database, {@code tarjuman.mv.db}, without extension. */
  static final String H2_FILE_NAME = "tarjuman";

  private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)(password\\s*=\\s*)[^;&]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@;?]*):[^/@;?]*@");

  /**
   * The H2 file database in a workspace folder. {@code AUTO_SERVER=TRUE} lets a second console
   * share the file through a server the first one starts; {@code LOCK_TIMEOUT} gives a writer ten
   * seconds to wait for another console's transaction rather than H2's one.
   *
   * <p>File size ({@code docs/benchmarks.md}, "H2 file size"): H2's MVStore writes append-only, and
   * during a long write the chunks it frees are not reused yet, so a 100,000-unit TM import left a
   * 1.4 GiB file of which 12% was live data. {@code COMPRESS=TRUE} compresses pages (LZF), so the
   * file grows about a third as fast (0.55 GiB). It is a setting of the open database, not of the
   * file: workspaces made before keep working. Not set: a longer {@code MAX_COMPACT_TIME} (H2
   * compacts for 200 ms on close). Given 60 s it shrank that file to 60 MiB on close; given 30 s
   * the close took 40 s and left the file as it was.
   *
   * <p>H2's page cache keeps its default (16 MiB): in the XLIFF benchmark under a 512 MiB heap, 64
   * MiB raised the live heap and the collector's work by more CPU time than the cache saved
   * (docs/benchmarks.md).
   */
  static DatabaseTarget inFolder(Path folder) {
    String path = folder.resolve(H2_FILE_NAME).toString();
    if (path.indexOf(';') >= 0) {
      throw new InvalidInputException(
          "workspace folder "
              + folder
              + " contains ';', which H2 database URLs cannot hold;"
              + " set TARJUMAN_WORKSPACE to another folder");
    }
    return new DatabaseTarget(
        "jdbc:h2:file:"
            + path
            + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;COMPRESS=TRUE",
        "sa",
        "",
        "H2 database " + path + ".mv.db");
  }

  /** The database file of an embedded H2 file database; empty for a server or in-memory one. */
  Optional<Path> file() {
    String prefix = "jdbc:h2:file:";
    if (!url.startsWith(prefix)) {
      return Optional.empty();
    }
    int end = url.indexOf(';');
    return Optional.of(Path.of(url.substring(prefix.length(), end < 0 ? url.length() : end) + ".mv.db"));
  }

  /** A database given by URL; credentials inside the URL are hidden in the description. */
  static DatabaseTarget ofUrl(String url, String user, String password) {
    String where = "database " + redact(url);
    return new DatabaseTarget(url, user, password, user.isEmpty() ? where : where + " as " + user);
  }

  /** The URL with passwords, as {@code password=} options or {@code user:password@}, masked. */
  static String redact(String url) {
    String masked = PASSWORD_OPTION.matcher(url).replaceAll("$1***");
    return USER_INFO.matcher(masked).replaceAll("$1:***@");
  }

  /** A message with any password in it masked. */
  String withoutCredentials(String message) {
    if (message == null) {
      return "";
    }
    String masked = redact(message);
    return password.isEmpty() ? masked : masked.replace(password, "***");
  }

  /**
   * The exception itself when its messages show no password; else a copy with the masked message
   * and the same stack trace, without the causes (drivers repeat the URL in them).
   */
  SQLException withoutCredentials(SQLException e) {
    boolean clean = true;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      clean &= withoutCredentials(message).equals(message);
    }
    if (clean) {
      return e;
    }
    SQLException copy =
        new SQLException(withoutCredentials(e.getMessage()), e.getSQLState(), e.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  boolean isPostgreSql() {
    return url.startsWith("jdbc:postgresql:");
  }

  /**
   * A data source without a pool: H2's own for H2 URLs, else one over DriverManager, whose
   * PostgreSQL connections wait for a lock as long as H2's do ({@link LockTimeout}).
   */
  DataSource dataSource() {
    if (isH2()) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    return new DriverManagerDataSource(
        url,
        user,
        password,
        isPostgreSql() ? LockTimeout::limitPostgreSqlWait : DriverManagerDataSource.Setup.NONE);
  }

  @Override
  public String toString() {
    return description;
  }
}
