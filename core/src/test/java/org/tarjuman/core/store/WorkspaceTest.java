package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjuman.core.store.StoreFixtures.connect;
import static org.tarjuman.core.store.StoreFixtures.count;
import static org.tarjuman.core.store.StoreFixtures.newVersion;
import static org.tarjuman.core.store.StoreFixtures.units;
import static org.tarjuman.core.store.StoreFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.model.DocumentSummary;

class WorkspaceTest {

  @TempDir Path temp;

  @Test
  void createsTheFolderAndEveryTableOnAnEmptyDatabaseWithoutAFailedStatement() throws SQLException {
    Path folder = temp.resolve("new/workspace");

    try (Workspace workspace = Workspace.open(WorkspaceConfig.inFolder(folder))) {
      assertThat(workspace.documents().documents()).isEmpty();
    }

    assertThat(folder.resolve("tarjuman.mv.db")).isRegularFile();
    // H2 writes a trace file beside the database only when a statement failed.
    assertThat(folder.resolve("tarjuman.trace.db")).doesNotExist();
    assertThat(tables(folder))
        .contains(
            "DOCUMENTS",
            "DOCUMENT_VERSIONS",
            "TEXT_UNITS",
            "SEGMENTS",
            "TRANSLATIONS",
            "TRANSLATION_HISTORY",
            "TM_UNITS");
  }

  @Test
  void reopeningKeepsTheDataAndAppliesNoMigrationTwice() throws SQLException {
    Path file = write(temp, "a.txt", "نص".getBytes(StandardCharsets.UTF_8));
    try (Workspace workspace = Workspace.open(WorkspaceConfig.inFolder(temp))) {
      workspace.documents().storeVersion(newVersion("a", file), sink -> units("نص").forEach(sink));
    }

    try (Workspace again = Workspace.open(WorkspaceConfig.inFolder(temp))) {
      assertThat(again.documents().documents())
          .extracting(DocumentSummary::name)
          .containsExactly("a");
    }
    assertThat(count(temp, "\"flyway_schema_history\" WHERE \"script\" = 'V1__schema.sql'"))
        .isEqualTo(1);
    assertThat(count(temp, "\"flyway_schema_history\" WHERE NOT \"success\"")).isZero();
  }

  @Test
  void twoWorkspacesOnOneFolderSeeEachOthersWrites() {
    Path file = write(temp, "a.txt", "نص".getBytes(StandardCharsets.UTF_8));
    try (Workspace first = Workspace.open(WorkspaceConfig.inFolder(temp));
        Workspace second = Workspace.open(WorkspaceConfig.inFolder(temp))) {
      first.documents().storeVersion(newVersion("a", file), sink -> units("نص").forEach(sink));
      second.documents().storeVersion(newVersion("b", file), sink -> units("نص").forEach(sink));

      assertThat(second.documents().documents())
          .extracting(DocumentSummary::name)
          .containsExactly("a", "b");
      assertThat(first.documents().documents()).hasSize(2);
    }
  }

  @Test
  void describesTheDefaultDatabaseByItsFile() {
    try (Workspace workspace = Workspace.open(WorkspaceConfig.inFolder(temp))) {
      assertThat(workspace.description())
          .isEqualTo("H2 database " + temp.toAbsolutePath().resolve("tarjuman.mv.db"));
    }
  }

  @Test
  void usesTheConfiguredUrlAndNeverShowsItsPassword() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID();
    WorkspaceConfig config =
        new WorkspaceConfig(
            temp.resolve("unused"), Optional.of(url), Optional.of("bob"), Optional.of("hunter2"));

    try (Workspace workspace = Workspace.open(config)) {
      assertThat(workspace.documents().documents()).isEmpty();
      assertThat(workspace.description()).isEqualTo("database " + url + " as bob");
      assertThat(workspace.toString()).doesNotContain("hunter2");
    }
    assertThat(temp.resolve("unused")).doesNotExist();
  }

  @Test
  void masksPasswordsWrittenInsideUrls() {
    assertThat(
            DatabaseTarget.redact("jdbc:postgresql://db:5432/tm?user=bob&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/tm?user=bob&password=***&ssl=true");
    assertThat(DatabaseTarget.redact("jdbc:h2:tcp://host/~/tm;USER=bob;PASSWORD=s3cret;CIPHER=AES"))
        .isEqualTo("jdbc:h2:tcp://host/~/tm;USER=bob;PASSWORD=***;CIPHER=AES");
    assertThat(DatabaseTarget.redact("jdbc:mysql://bob:s3cret@db/tm"))
        .isEqualTo("jdbc:mysql://bob:***@db/tm");
  }

  @Test
  void reportsAWrongPasswordAsAStorageFailureWithoutThePassword() {
    String url = "jdbc:h2:file:" + temp.toAbsolutePath().resolve("secured");
    WorkspaceConfig owner =
        new WorkspaceConfig(temp, Optional.of(url), Optional.of("bob"), Optional.of("right"));
    WorkspaceConfig intruder =
        new WorkspaceConfig(temp, Optional.of(url), Optional.of("bob"), Optional.of("wrong-pw"));

    try (Workspace workspace = Workspace.open(owner)) {
      assertThatThrownBy(() -> Workspace.open(intruder))
          .isInstanceOf(StorageException.class)
          .hasMessageStartingWith("cannot open the database " + url + " as bob:")
          .hasMessageNotContaining("wrong-pw");
    }
  }

  @Test
  void reportsAUrlWithoutDriverAsAStorageFailure() {
    WorkspaceConfig config =
        new WorkspaceConfig(
            temp,
            Optional.of("jdbc:nosuchdb://db/tm?password=s3cret"),
            Optional.empty(),
            Optional.empty());

    assertThatThrownBy(() -> Workspace.open(config))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("jdbc:nosuchdb://db/tm?password=***")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void reportsAWorkspaceFolderThatIsAFileAsAStorageFailure() throws Exception {
    Path notAFolder = Files.writeString(temp.resolve("file"), "x");

    assertThatThrownBy(() -> Workspace.open(WorkspaceConfig.inFolder(notAFolder)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("cannot create the workspace folder " + notAFolder)
        .hasMessageContaining("TARJUMAN_WORKSPACE");
  }

  private static List<String> tables(Path folder) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = connect(folder);
        ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
