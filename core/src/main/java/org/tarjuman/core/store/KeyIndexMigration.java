package org.tarjuman.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 70: indexes on normalised keys that accept keys of any length.
 *
 * <p>V1 and V2 index {@code segments.norm_key} and {@code tm_units.source_key} with B-trees. On
 * PostgreSQL a B-tree entry is limited to about 2.7 kB (a third of a page), so storing a segment of
 * more than about a thousand Arabic characters would fail there. The keys are only ever compared
 * for equality ({@code =} and {@code IN}; concordance uses {@code LIKE '%…%'}, which no B-tree
 * serves), so on PostgreSQL this migration replaces the three key indexes by hash indexes, which
 * store a 32-bit hash of the key and have no length limit, and which the same queries use. H2 has
 * no such limit and keeps its B-trees: there the migration changes nothing, and is recorded so that
 * both databases are at the same schema version.
 *
 * <p>A Java migration rather than a vendor folder of SQL scripts, so the version numbers of both
 * databases stay the same, which {@link WorkspaceBackup} relies on.
 */
final class KeyIndexMigration extends BaseJavaMigration {

  /** This migration's version; a constant, so SchemaCheck reads it without loading Flyway. */
  static final String VERSION = "70";

  private static final String[] POSTGRESQL =
      new String[] {
        "DROP INDEX ix_segments_norm_key",
        "CREATE INDEX ix_segments_norm_key ON segments USING HASH (norm_key)",
        "DROP INDEX ix_tm_units_pair_key",
        "DROP INDEX ix_tm_units_key",
        "CREATE INDEX ix_tm_units_key ON tm_units USING HASH (source_key)"
      };

  @Override
  protected void init() {
    // The version and description are given below, not parsed from the class name.
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(VERSION);
  }

  @Override
  public String getDescription() {
    return "key indexes without a length limit";
  }

  @Override
  public Integer getChecksum() {
    return String.join(";", POSTGRESQL).hashCode();
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : POSTGRESQL) {
        statement.execute(sql);
      }
    }
  }
}
