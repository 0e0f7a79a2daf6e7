package org.tarjuman.core.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A table of the workspace schema as JDBC metadata describes it, the same way on H2 and PostgreSQL:
 * names in lower case, columns in order with the kind of value they hold, the primary key, and the
 * identity column. {@link #all} lists every table but Flyway's history, parents before children,
 * so a backup of tables that other migrations add is complete without naming them here.
 *
 * @param name the table's name, lower case
 * @param columns its columns, in order
 * @param primaryKey the primary key's columns, in order; empty if it has none
 * @param identity the identity column, whose counter a restore moves past the restored ids
 */
record TableShape(
    String name, List<Column> columns, List<String> primaryKey, Optional<String> identity) {

  /** What kind of value a column holds, which decides how a backup writes and reads it. */
  enum Kind {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    TIMESTAMP_TZ,
    TIMESTAMP,
    DATE,
    BINARY,
    TEXT
  }

  record Column(String name, Kind kind) {}

  Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** Every table of the connection's schema but Flyway's history, each after those it refers to. */
  static List<TableShape> all(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    Map<String, String> rawNames = new TreeMap<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", null)) {
      while (rs.next()) {
        String type = rs.getString("TABLE_TYPE");
        String raw = rs.getString("TABLE_NAME");
        if (("TABLE".equals(type) || "BASE TABLE".equals(type))
            && !raw.equalsIgnoreCase("flyway_schema_history")) {
          rawNames.put(raw.toLowerCase(Locale.ROOT), raw);
        }
      }
    }
    Map<String, TableShape> shapes = new LinkedHashMap<>();
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    for (Map.Entry<String, String> table : rawNames.entrySet()) {
      shapes.put(table.getKey(), shape(meta, schema, table.getValue()));
      parents.put(table.getKey(), parents(meta, schema, table.getValue()));
    }
    List<TableShape> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < shapes.size()) {
      int before = placed.size();
      for (String table : shapes.keySet()) {
        if (!placed.contains(table) && placed.containsAll(parents.get(table))) {
          placed.add(table);
          ordered.add(shapes.get(table));
        }
      }
      if (placed.size() == before) {
        throw new SQLException("the foreign keys between tables form a cycle: " + parents);
      }
    }
    return ordered;
  }

  private static TableShape shape(DatabaseMetaData meta, String schema, String raw)
      throws SQLException {
    List<Column> columns = new ArrayList<>();
    String identity = null;
    try (ResultSet rs = meta.getColumns(null, schema, raw, "%")) {
      while (rs.next()) {
        String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
        columns.add(new Column(name, kind(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"))));
        if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
          identity = name;
        }
      }
    }
    Map<Integer, String> key = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(null, schema, raw)) {
      while (rs.next()) {
        key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return new TableShape(
        raw.toLowerCase(Locale.ROOT),
        columns,
        List.copyOf(key.values()),
        Optional.ofNullable(identity));
  }

  private static Set<String> parents(DatabaseMetaData meta, String schema, String raw)
      throws SQLException {
    Set<String> parents = new LinkedHashSet<>();
    try (ResultSet rs = meta.getImportedKeys(null, schema, raw)) {
      while (rs.next()) {
        String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
        if (!parent.equalsIgnoreCase(raw)) {
          parents.add(parent);
        }
      }
    }
    return parents;
  }

  private static Kind kind(int jdbcType, String typeName) {
    String type = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    return switch (jdbcType) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
      case Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.DECIMAL;
      case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
      case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
      case Types.TIMESTAMP ->
          type.contains("tz") || type.contains("time zone") ? Kind.TIMESTAMP_TZ : Kind.TIMESTAMP;
      case Types.DATE -> Kind.DATE;
      case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> Kind.BINARY;
      default -> Kind.TEXT;
    };
  }
}
