package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckTest {

  @TempDir Path temp;

  @Test
  void listsTheMigrationsOnTheClassPath() {
    assertThat(SchemaCheck.migrationVersions(getClass().getClassLoader())).contains("1", "2");
  }

  @Test
  void aDatabaseWithoutOneSqlMigrationIsNotCurrent() throws Exception {
    String url = "jdbc:h2:file:" + temp.resolve("db2");
    Workspace.open(WorkspaceConfig.fromEnvironment(Map.of("TARJUMAN_DB_URL", url, "TARJUMAN_DB_USER", "sa"), temp))
        .close();
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");
      }
      assertThat(SchemaCheck.isCurrent(connection, getClass().getClassLoader())).isFalse();
    }
  }

  @Test
  void aNewDatabaseIsNotCurrentAndAMigratedOneIs() throws Exception {
    String url = "jdbc:h2:file:" + temp.resolve("db");
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      assertThat(SchemaCheck.isCurrent(connection, getClass().getClassLoader())).isFalse();
    }
    Workspace.open(WorkspaceConfig.fromEnvironment(Map.of("TARJUMAN_DB_URL", url, "TARJUMAN_DB_USER", "sa"), temp))
        .close();
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      assertThat(SchemaCheck.isCurrent(connection, getClass().getClassLoader())).isTrue();
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '70'");
      }
      assertThat(SchemaCheck.isCurrent(connection, getClass().getClassLoader()))
          .as("the Java migration counts too")
          .isFalse();
    }
  }
}
