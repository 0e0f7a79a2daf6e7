package org.tarjuman.core.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a database's schema already has every migration in {@code db/migration}, checked without
 * starting Flyway: loading and configuring Flyway costs a console command more than the command's
 * own work, and the schema is current on all but the first start after an upgrade.
 *
 * <p>The versions of the migration files ({@code V<version>__<description>.sql}) are compared with
 * the successful versions in Flyway's {@code flyway_schema_history} table. When the table is
 * missing, a version is not applied, or the migrations cannot be listed, the schema counts as not
 * current and Flyway runs as before, validating and migrating.
 */
final class SchemaCheck {

  private static final String LOCATION = "db/migration";
  private static final Pattern MIGRATION = Pattern.compile("V([0-9._]+)__[^/]*\\.sql");

  private SchemaCheck() {}

  /** True when every migration's version is recorded as successful in the schema history. */
  static boolean isCurrent(Connection connection, ClassLoader loader) {
    Set<String> available = migrationVersions(loader);
    if (available.isEmpty()) {
      return false;
    }
    // The Java migrations Workspace hands Flyway are not files in db/migration.
    available.add(normalise(KeyIndexMigration.VERSION));
    Set<String> applied = new HashSet<>();
    // Quoted: Flyway creates the table and its columns in lower case, on H2 and PostgreSQL.
    String query =
        "SELECT \"version\" FROM \"flyway_schema_history\""
            + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL";
    try {
      if (!hasHistoryTable(connection)) {
        // A new database: Flyway creates the table. Asked first rather than failing the query,
        // which H2 would record in a tarjuman.trace.db file beside a new workspace.
        return false;
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(query)) {
        while (rows.next()) {
          applied.add(normalise(rows.getString(1)));
        }
      }
    } catch (SQLException e) {
      // The history cannot be read: Flyway, run next, finds out what is applied.
      return false;
    }
    return applied.containsAll(available);
  }

  private static boolean hasHistoryTable(Connection connection) throws SQLException {
    try (ResultSet tables =
        connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
      return tables.next();
    }
  }

  /** The versions of the migration files on the class path, normalised; empty if unreadable. */
  static Set<String> migrationVersions(ClassLoader loader) {
    Set<String> versions = new HashSet<>();
    try {
      for (URL location : Collections.list(loader.getResources(LOCATION))) {
        for (String name : names(location)) {
          Matcher m = MIGRATION.matcher(name);
          if (m.matches()) {
            versions.add(normalise(m.group(1)));
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Unlistable (an unusual class loader): let Flyway decide.
      return Set.of();
    }
    return versions;
  }

  private static Set<String> names(URL location) throws IOException, URISyntaxException {
    Set<String> names = new HashSet<>();
    if ("file".equals(location.getProtocol())) {
      try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
        files.forEach(f -> names.add(f.getFileName().toString()));
      }
      return names;
    }
    var connection = location.openConnection();
    if (!(connection instanceof JarURLConnection jar)) {
      throw new IOException("cannot list " + location);
    }
    connection.setUseCaches(false);
    String prefix = LOCATION + "/";
    try (JarFile file = jar.getJarFile()) {
      file.stream()
          .map(e -> e.getName())
          .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
          .forEach(n -> names.add(n.substring(prefix.length())));
    }
    return names;
  }

  /** Flyway's version text as recorded: {@code 1_2} in a file name is {@code 1.2}. */
  private static String normalise(String version) {
    String dotted = version.replace('_', '.');
    return dotted.replaceAll("(\\.0+)+$", "");
  }
}
