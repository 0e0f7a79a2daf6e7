package org.tarjuman.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Looks into a workspace's H2 database from outside the console, as a test's second opinion: the
 * consistency rules every committed state keeps, and a fingerprint of every table to tell whether
 * a command left any trace.
 *
 * <p>It connects as the console does ({@code AUTO_SERVER=TRUE}), so it may run while a console
 * holds the workspace, and reads every row of every table, which also reads every page of the
 * file.
 */
final class WorkspaceCheck implements AutoCloseable {

  /**
   * Queries that count rows breaking a rule; each must count 0. The foreign keys are declared in
   * the schema too, but a damaged file could still break them.
   */
  private static final Map<String, String> RULES = rules();

  private final Connection connection;

  private WorkspaceCheck(Connection connection) {
    this.connection = connection;
  }

  /** Opens the H2 database of a workspace folder. */
  static WorkspaceCheck open(Path workspace) throws SQLException {
    String url = "jdbc:h2:file:" + workspace.resolve("tarjuman") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
    return new WorkspaceCheck(DriverManager.getConnection(url, "sa", ""));
  }

  private static Map<String, String> rules() {
    Map<String, String> rules = new LinkedHashMap<>();
    rules.put(
        "versions without their document",
        "SELECT COUNT(*) FROM document_versions v"
            + " WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = v.document_id)");
    rules.put(
        "documents without a version",
        "SELECT COUNT(*) FROM documents d"
            + " WHERE NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.document_id = d.id)");
    rules.put(
        "documents whose version numbers are not 1..n",
        "SELECT COUNT(*) FROM (SELECT document_id FROM document_versions GROUP BY document_id"
            + " HAVING MIN(version_no) <> 1 OR MAX(version_no) <> COUNT(*)) gaps");
    rules.put(
        "versions whose text units differ from their unit count",
        "SELECT COUNT(*) FROM document_versions v WHERE v.unit_count <>"
            + " (SELECT COUNT(*) FROM text_units u WHERE u.version_id = v.id)");
    rules.put(
        "versions whose segments differ from their segment count",
        "SELECT COUNT(*) FROM document_versions v WHERE v.segment_count <>"
            + " (SELECT COUNT(*) FROM segments s WHERE s.version_id = v.id)");
    rules.put(
        "versions whose segments' words differ from their word count",
        "SELECT COUNT(*) FROM document_versions v WHERE v.word_count <>"
            + " (SELECT COALESCE(SUM(s.word_count), 0) FROM segments s WHERE s.version_id = v.id)");
    rules.put(
        "text units without their version",
        "SELECT COUNT(*) FROM text_units u"
            + " WHERE NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.id = u.version_id)");
    rules.put(
        "segments not in a text unit of their own version",
        "SELECT COUNT(*) FROM segments s WHERE NOT EXISTS"
            + " (SELECT 1 FROM text_units u WHERE u.id = s.unit_id AND u.version_id = s.version_id)");
    rules.put(
        "segments whose positions are not 1..n in their version",
        "SELECT COUNT(*) FROM (SELECT version_id FROM segments GROUP BY version_id"
            + " HAVING MIN(position_no) <> 1 OR MAX(position_no) <> COUNT(*)) gaps");
    rules.put(
        "translations of missing segments",
        "SELECT COUNT(*) FROM translations t"
            + " WHERE NOT EXISTS (SELECT 1 FROM segments s WHERE s.id = t.segment_id)");
    rules.put(
        "history rows of missing translations",
        "SELECT COUNT(*) FROM translation_history h"
            + " WHERE NOT EXISTS (SELECT 1 FROM translations t WHERE t.id = h.translation_id)");
    rules.put(
        "history rows replaced before they were written or after the current translation",
        "SELECT COUNT(*) FROM translation_history h JOIN translations t ON t.id = h.translation_id"
            + " WHERE h.replaced_at < h.changed_at OR h.replaced_at > t.changed_at");
    rules.put(
        "segment links outside their version",
        "SELECT COUNT(*) FROM segment_links l WHERE NOT EXISTS"
            + " (SELECT 1 FROM document_versions v WHERE v.id = l.version_id)"
            + " OR (l.segment_id IS NOT NULL AND NOT EXISTS"
            + " (SELECT 1 FROM segments s WHERE s.id = l.segment_id AND s.version_id = l.version_id))"
            + " OR (l.old_segment_id IS NOT NULL AND NOT EXISTS"
            + " (SELECT 1 FROM segments s WHERE s.id = l.old_segment_id))");
    rules.put(
        "TM units without a source or target",
        "SELECT COUNT(*) FROM tm_units WHERE source_plain = '' OR target_plain = ''");
    rules.put(
        "failed Flyway migrations",
        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"");
    return rules;
  }

  /** The rules this database breaks, with the number of rows that break each; empty when none. */
  List<String> problems() throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (Map.Entry<String, String> rule : RULES.entrySet()) {
        try (ResultSet count = statement.executeQuery(rule.getValue())) {
          count.next();
          if (count.getLong(1) != 0) {
            problems.add(count.getLong(1) + " " + rule.getKey());
          }
        }
      }
    }
    return problems;
  }

  /**
   * Every table's row count and a SHA-256 of its rows in primary-key order, by table name: equal
   * fingerprints mean equal contents (identity counters aside, which are not transactional).
   */
  Map<String, String> fingerprint() throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    for (String name : names) {
      tables.put(name, fingerprint(name));
    }
    return tables;
  }

  private String fingerprint(String table) throws SQLException {
    MessageDigest digest = sha256();
    long count = 0;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
      ResultSetMetaData columns = rows.getMetaData();
      while (rows.next()) {
        count++;
        for (int c = 1; c <= columns.getColumnCount(); c++) {
          int type = columns.getColumnType(c);
          byte[] value =
              type == Types.BLOB || type == Types.VARBINARY || type == Types.BINARY
                  ? rows.getBytes(c)
                  : String.valueOf(rows.getString(c)).getBytes(StandardCharsets.UTF_8);
          digest.update(value == null ? new byte[] {0} : value);
          digest.update((byte) 0x1F);
        }
      }
    }
    return count + " rows " + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
