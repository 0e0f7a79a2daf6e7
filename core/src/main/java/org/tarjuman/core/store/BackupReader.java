package org.tarjuman.core.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.MigrationVersion;
import org.tarjuman.core.InvalidInputException;

/**
 * Restores a {@link BackupWriter} backup into an empty workspace whose schema is already migrated:
 * checks the format and schema version, refuses a workspace that holds any row, inserts every table
 * in the manifest's order with its original ids ({@value #BATCH} rows per JDBC batch, all in the
 * caller's transaction), and streams binary values from their zip entries. {@link #resetIdentities}
 * then moves each identity counter past the highest restored id, so new rows get new ids.
 */
final class BackupReader {

  private static final int BATCH = 500;

  private final Connection connection;
  private final ZipFile zip;
  private final Path file;

  BackupReader(Connection connection, ZipFile zip, Path file) {
    this.connection = connection;
    this.zip = zip;
    this.file = file;
  }

  /** The manifest's entries, after checking that this is a backup this version can restore. */
  Map<String, Object> manifest(String currentSchemaVersion) throws IOException {
    ZipEntry entry = zip.getEntry(BackupWriter.MANIFEST);
    if (entry == null) {
      throw invalid("has no " + BackupWriter.MANIFEST + "; is it a Tarjuman backup?");
    }
    Map<String, Object> manifest;
    try (InputStream in = zip.getInputStream(entry)) {
      manifest = JsonScalars.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw invalid(BackupWriter.MANIFEST + ": " + e.getMessage());
    }
    if (!BackupWriter.FORMAT.equals(manifest.get("format"))) {
      throw invalid("is not a Tarjuman workspace backup");
    }
    String version = String.valueOf(manifest.get("schema_version"));
    if (MigrationVersion.fromVersion(version)
            .isNewerThan(MigrationVersion.fromVersion(currentSchemaVersion))) {
      throw invalid(
          "was written at schema version " + version + ", newer than this Tarjuman's "
              + currentSchemaVersion + "; restore it with a newer Tarjuman");
    }
    return manifest;
  }

  /** Refuses a workspace with any row in any table: a restore never mixes two workspaces. */
  void requireEmpty(String where) throws SQLException {
    Map<String, Long> filled = new LinkedHashMap<>();
    for (TableShape table : TableShape.all(connection)) {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
        rs.next();
        if (rs.getLong(1) > 0) {
          filled.put(table.name(), rs.getLong(1));
        }
      }
    }
    if (!filled.isEmpty()) {
      throw new InvalidInputException(
          "the " + where + " is not empty (" + filled + "); restore needs an empty workspace:"
              + " set TARJUMAN_WORKSPACE to a new folder or TARJUMAN_DB_URL to an empty database");
    }
  }

  /** Inserts the tables the manifest lists, in its order; returns rows per table. */
  Map<String, Long> insertAll(Map<String, Object> manifest) throws SQLException, IOException {
    Map<String, TableShape> shapes = new LinkedHashMap<>();
    for (TableShape shape : TableShape.all(connection)) {
      shapes.put(shape.name(), shape);
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : String.valueOf(manifest.get("tables")).split(",")) {
      TableShape shape = shapes.get(table);
      if (shape == null) {
        throw invalid("holds table " + table + ", which this workspace's schema does not have");
      }
      rows.put(table, insert(shape));
    }
    return rows;
  }

  private long insert(TableShape table) throws SQLException, IOException {
    String entryName = "tables/" + table.name() + ".jsonl";
    ZipEntry entry = zip.getEntry(entryName);
    if (entry == null) {
      throw invalid("lacks " + entryName);
    }
    InputStream rows = zip.getInputStream(entry);
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(rows, StandardCharsets.UTF_8))) {
      List<TableShape.Column> columns = columns(table, in.readLine(), entryName);
      String sql =
          "INSERT INTO " + table.name() + " ("
              + String.join(", ", columns.stream().map(TableShape.Column::name).toList())
              + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
      long count = 0;
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          bindRow(insert, columns, parse(line, entryName, count + 2));
          insert.addBatch();
          if (++count % BATCH == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      return count;
    }
  }

  private List<TableShape.Column> columns(TableShape table, String header, String entryName) {
    if (header == null) {
      throw invalid(entryName + " is empty");
    }
    List<TableShape.Column> columns = new ArrayList<>();
    for (Object name : parse(header, entryName, 1)) {
      columns.add(
          table.column(String.valueOf(name))
              .orElseThrow(
                  () ->
                      invalid(
                          entryName + ": column " + name + " is not in this workspace's schema")));
    }
    return columns;
  }

  private List<Object> parse(String line, String entryName, long lineNumber) {
    try {
      return JsonScalars.parseArray(line);
    } catch (IllegalArgumentException e) {
      throw invalid(entryName + ":" + lineNumber + ": " + e.getMessage());
    }
  }

  private void bindRow(PreparedStatement insert, List<TableShape.Column> columns, List<Object> row)
      throws SQLException, IOException {
    if (row.size() != columns.size()) {
      throw invalid("a row of " + row.size() + " values for " + columns.size() + " columns");
    }
    for (int i = 0; i < row.size(); i++) {
      bind(insert, i + 1, columns.get(i).kind(), row.get(i));
    }
  }

  private void bind(PreparedStatement insert, int index, TableShape.Kind kind, Object value)
      throws SQLException, IOException {
    if (value == null) {
      insert.setNull(index, kind == TableShape.Kind.BINARY ? Types.BINARY : Types.NULL);
      return;
    }
    String text = value.toString();
    switch (kind) {
      case INTEGER -> insert.setLong(index, ((Number) value).longValue());
      case DECIMAL -> insert.setBigDecimal(index, new BigDecimal(text));
      case BOOLEAN -> insert.setBoolean(index, (Boolean) value);
      case TIMESTAMP_TZ -> insert.setObject(index, OffsetDateTime.parse(text));
      case TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(text));
      case DATE -> insert.setObject(index, LocalDate.parse(text));
      case BINARY -> {
        ZipEntry blob = zip.getEntry(text);
        if (blob == null) {
          throw invalid("lacks " + text);
        }
        insert.setBinaryStream(index, zip.getInputStream(blob), blob.getSize());
      }
      case TEXT -> insert.setString(index, text);
    }
  }

  /** Moves every identity counter past the highest id in its table. */
  void resetIdentities() throws SQLException {
    for (TableShape table : TableShape.all(connection)) {
      if (table.identity().isEmpty()) {
        continue;
      }
      String column = table.identity().get();
      long next;
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT MAX(" + column + ") FROM " + table.name())) {
        rs.next();
        next = rs.getLong(1) + 1;
      }
      try (Statement s = connection.createStatement()) {
        s.execute(
            "ALTER TABLE " + table.name() + " ALTER COLUMN " + column + " RESTART WITH " + next);
      }
    }
  }

  private InvalidInputException invalid(String what) {
    return new InvalidInputException(file + " " + what);
  }
}
