package org.tarjuman.core.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a workspace backup: a zip file holding {@value #MANIFEST} (format, schema version, tables
 * in restore order), one {@code tables/NAME.jsonl} per table (the column names as a JSON array on
 * the first line, then one JSON array per row, ordered by primary key), and every binary value as
 * an entry of its own, {@code blobs/TABLE/COLUMN/N}, whose name stands in the row. Timestamps are
 * ISO 8601 with their offset. Nothing in it is particular to H2 or PostgreSQL.
 *
 * <p>Every table is read in one read-only transaction on one snapshot of the database (REPEATABLE
 * READ on PostgreSQL, SERIALIZABLE on H2, whose REPEATABLE READ would not cover rows inserted
 * meanwhile), so a backup taken while others write is consistent.
 */
final class BackupWriter {

  static final String FORMAT = "tarjuman-workspace-backup";
  static final String MANIFEST = "manifest.json";
  private static final int FETCH = 1000;

  private final Connection connection;
  private final ZipOutputStream zip;
  private final Path scratch;
  private long blobs;

  BackupWriter(Connection connection, ZipOutputStream zip, Path scratch) {
    this.connection = connection;
    this.zip = zip;
    this.scratch = scratch;
  }

  /** Writes every table and the manifest; the caller holds the snapshot transaction. */
  BackupReport write(Path file, String where, String schemaVersion, String database)
      throws SQLException, IOException {
    List<TableShape> tables = TableShape.all(connection);
    Map<String, Long> rows = new LinkedHashMap<>();
    for (TableShape table : tables) {
      rows.put(table.name(), table(table));
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", FORMAT);
    manifest.put("format_version", 1L);
    manifest.put("schema_version", schemaVersion);
    manifest.put("database", database);
    manifest.put("created_at", OffsetDateTime.now(ZoneOffset.UTC).toString());
    manifest.put("tables", String.join(",", rows.keySet()));
    manifest.put(
        "rows",
        rows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(",")));
    zip.putNextEntry(new ZipEntry(MANIFEST));
    zip.write((JsonScalars.object(manifest) + "\n").getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    return new BackupReport(file, where, schemaVersion, rows, blobs);
  }

  /** One table: rows to a scratch file (its binary values straight into the zip), then the rows. */
  private long table(TableShape table) throws SQLException, IOException {
    List<String> names = table.columns().stream().map(TableShape.Column::name).toList();
    List<String> order = table.primaryKey().isEmpty() ? names : table.primaryKey();
    String sql =
        "SELECT " + String.join(", ", names) + " FROM " + table.name()
            + " ORDER BY " + String.join(", ", order);
    long count = 0;
    try (BufferedWriter out = Files.newBufferedWriter(scratch, StandardCharsets.UTF_8);
        Statement statement = connection.createStatement()) {
      statement.setFetchSize(FETCH);
      out.write(JsonScalars.array(names));
      out.write('\n');
      try (ResultSet rs = statement.executeQuery(sql)) {
        while (rs.next()) {
          out.write(JsonScalars.array(row(table, rs, count)));
          out.write('\n');
          count++;
        }
      }
    }
    zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".jsonl"));
    Files.copy(scratch, zip);
    zip.closeEntry();
    return count;
  }

  private List<Object> row(TableShape table, ResultSet rs, long rowNumber)
      throws SQLException, IOException {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      TableShape.Column column = table.columns().get(i);
      values.add(value(table, column, rs, i + 1, rowNumber));
    }
    return values;
  }

  private Object value(
      TableShape table, TableShape.Column column, ResultSet rs, int index, long rowNumber)
      throws SQLException, IOException {
    Object value =
        switch (column.kind()) {
          case INTEGER -> rs.getLong(index);
          case DECIMAL -> rs.getBigDecimal(index);
          case BOOLEAN -> rs.getBoolean(index);
          case TIMESTAMP_TZ -> rs.getObject(index, OffsetDateTime.class);
          case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
          case DATE -> rs.getObject(index, LocalDate.class);
          case BINARY -> blob(table, column, rs, index, rowNumber);
          case TEXT -> rs.getString(index);
        };
    return rs.wasNull() ? null : value;
  }

  private String blob(
      TableShape table, TableShape.Column column, ResultSet rs, int index, long rowNumber)
      throws SQLException, IOException {
    try (InputStream in = rs.getBinaryStream(index)) {
      if (in == null) {
        return null;
      }
      String name = "blobs/" + table.name() + "/" + column.name() + "/" + rowNumber;
      zip.putNextEntry(new ZipEntry(name));
      in.transferTo(nonClosing(zip));
      zip.closeEntry();
      blobs++;
      return name;
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }
    };
  }
}
