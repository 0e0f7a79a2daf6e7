package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjuman.core.store.StoreFixtures.ENGLISH;
import static org.tarjuman.core.store.StoreFixtures.newVersion;
import static org.tarjuman.core.store.StoreFixtures.seedBytes;
import static org.tarjuman.core.store.StoreFixtures.seedUnits;
import static org.tarjuman.core.store.StoreFixtures.units;
import static org.tarjuman.core.store.StoreFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TmUnit;

class WorkspaceBackupTest {

  @TempDir Path temp;

  @Test
  void movesAWorkspaceFromH2ToPostgreSqlAndBackKeepingEveryRow() throws Exception {
    try (TestDatabase.Fresh h2 = TestDatabase.H2.create(temp);
        TestDatabase.Fresh pg = TestDatabase.POSTGRESQL.create(temp);
        TestDatabase.Fresh h2Again = TestDatabase.H2.create(temp)) {
      try (Workspace workspace = Workspace.open(h2.config())) {
        fill(workspace);
        workspace.backup(temp.resolve("from-h2.zip"), /* replace= */ false);
      }
      try (Workspace team = Workspace.open(pg.config())) {
        BackupReport restored = team.restore(temp.resolve("from-h2.zip"));
        assertThat(restored.rows()).containsEntry("documents", 1L).containsEntry("tm_units", 7L);
        team.backup(temp.resolve("from-pg.zip"), /* replace= */ false);
      }
      try (Workspace back = Workspace.open(h2Again.config())) {
        back.restore(temp.resolve("from-pg.zip"));
      }

      Map<String, List<List<Object>>> original = dump(h2);
      assertThat(original.get("translation_history")).isNotEmpty();
      assertThat(original.get("document_versions")).hasSize(2);
      Map<String, List<List<Object>>> onPostgreSql = dump(pg);
      Map<String, List<List<Object>>> backOnH2 = dump(h2Again);
      assertThat(onPostgreSql.keySet()).isEqualTo(original.keySet());
      for (String table : original.keySet()) {
        assertThat(onPostgreSql.get(table)).as("%s on PostgreSQL", table).isEqualTo(original.get(table));
        assertThat(backOnH2.get(table)).as("%s back on H2", table).isEqualTo(original.get(table));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void refusesToRestoreIntoAWorkspaceThatHoldsAnything(TestDatabase database) throws Exception {
    Path backup = temp.resolve("backup.zip");
    try (TestDatabase.Fresh source = TestDatabase.H2.create(temp);
        Workspace workspace = Workspace.open(source.config())) {
      fill(workspace);
      workspace.backup(backup, /* replace= */ false);
    }
    try (TestDatabase.Fresh db = database.create(temp);
        Workspace workspace = Workspace.open(db.config())) {
      Path file = write(temp, "other.txt", "نص آخر.".getBytes(StandardCharsets.UTF_8));
      workspace.documents().storeVersion(newVersion("other", file), sink -> units("نص آخر.").forEach(sink));

      assertThatThrownBy(() -> workspace.restore(backup))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("is not empty ({documents=1,");
      assertThat(workspace.documents().documents()).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void newRowsAfterARestoreGetIdsAfterTheRestoredOnes(TestDatabase database) throws Exception {
    Path backup = temp.resolve("backup.zip");
    try (TestDatabase.Fresh source = TestDatabase.H2.create(temp);
        Workspace workspace = Workspace.open(source.config())) {
      fill(workspace);
      workspace.backup(backup, /* replace= */ false);
    }
    try (TestDatabase.Fresh db = database.create(temp);
        Workspace workspace = Workspace.open(db.config())) {
      workspace.restore(backup);
      Path file = write(temp, "other.txt", "نص آخر.".getBytes(StandardCharsets.UTF_8));
      StoredVersion added =
          workspace.documents().storeVersion(newVersion("other", file), sink -> units("نص آخر.").forEach(sink));

      assertThat(added.documentId()).isEqualTo(2);
      assertThat(workspace.documents().documents()).hasSize(2);
      assertThat(
              workspace.tm().fuzzy(
                  StoreFixtures.ARABIC, ENGLISH, StoreFixtures.protect("زيارة #المغرب الرسمية"), 50, 5))
          .extracting(c -> c.unit().target().plainText())
          .containsExactly("The official #Morocco visit");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aBackupTakenWhileSomeoneTranslatesIsOneConsistentSnapshot(TestDatabase database)
      throws Exception {
    try (TestDatabase.Fresh db = database.create(temp);
        TestDatabase.Fresh restored = TestDatabase.H2.create(temp);
        Workspace workspace = Workspace.open(db.config());
        Workspace translator = Workspace.open(db.config())) {
      Path file = write(temp, "article.txt", seedBytes());
      StoredVersion stored =
          workspace.documents().storeVersion(newVersion("article", file), seedUnits()::forEach);
      List<SegmentView> segments =
          workspace.documents().segments(stored.documentId(), Optional.empty(), Optional.empty());
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool = Executors.newSingleThreadExecutor();
      Future<Integer> rounds =
          pool.submit(
              () -> {
                int round = 0;
                while (!stop.get() && round < 400) {
                  translator.translations().apply(batch(stored, segments, "round " + round));
                  round++;
                }
                return round;
              });
      Thread.sleep(300);
      List<Path> backups = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        backups.add(temp.resolve("busy-" + i + ".zip"));
        workspace.backup(backups.get(i), /* replace= */ false);
      }
      stop.set(true);
      assertThat(rounds.get(60, TimeUnit.SECONDS)).isGreaterThan(1);
      pool.shutdown();

      try (Workspace copy = Workspace.open(restored.config())) {
        copy.restore(backups.get(2));
      }
      // Every batch wrote all segments: in one snapshot, each segment's current translation says
      // which round it is from, and exactly that many earlier ones are in its history.
      try (Connection c = restored.connect();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT t.target_plain, (SELECT COUNT(*) FROM translation_history h"
                      + " WHERE h.translation_id = t.id) FROM translations t")) {
        int checked = 0;
        while (rs.next()) {
          assertThat(rs.getString(1)).isEqualTo("round " + rs.getLong(2));
          checked++;
        }
        assertThat(checked).isEqualTo(segments.size());
      }
    }
  }

  /** Two versions of the seed article, translations with history, TM units of both kinds. */
  private void fill(Workspace workspace) {
    Path file = write(temp, "article.txt", seedBytes());
    StoredVersion first =
        workspace.documents().storeVersion(newVersion("article", file), seedUnits()::forEach);
    List<SegmentView> segments =
        workspace.documents().segments(first.documentId(), Optional.empty(), Optional.empty());
    workspace.translations().apply(batch(first, segments.subList(0, 4), "draft"));
    TranslationBatch confirmed =
        new TranslationBatch(
            first.documentId(),
            1,
            ENGLISH,
            Origin.MANUAL,
            segments.subList(0, 6).stream()
                .map(s -> new TranslationUpdate(s.id(), Content.ofText("Final \"" + s.id() + "\"\n"), Status.FINAL))
                .toList());
    workspace.translations().apply(confirmed);
    workspace.tm().add(
        sink ->
            sink.accept(
                new TmUnit(
                    StoreFixtures.ARABIC,
                    ENGLISH,
                    StoreFixtures.protect("زيارة #المغرب الرسمية"),
                    Content.ofText("The official #Morocco visit"),
                    Optional.of("قبل"),
                    Optional.empty(),
                    Origin.TMX,
                    Instant.parse("2026-01-02T03:04:05.123456Z"),
                    Instant.parse("2026-01-02T03:04:05.123456Z"))));
    Path edited = write(temp, "edited.txt", "نص جديد.".getBytes(StandardCharsets.UTF_8));
    workspace.documents().storeVersion(newVersion("article", edited), sink -> units("نص جديد.").forEach(sink));
  }

  private static TranslationBatch batch(StoredVersion version, List<SegmentView> segments, String text) {
    return new TranslationBatch(
        version.documentId(),
        version.version(),
        ENGLISH,
        Origin.XLIFF,
        segments.stream()
            .map(s -> new TranslationUpdate(s.id(), Content.ofText(text), Status.DRAFT))
            .toList());
  }

  /** Every row of every table, in primary-key order, as comparable values. */
  static Map<String, List<List<Object>>> dump(TestDatabase.Fresh db) throws SQLException {
    Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
    try (Connection c = db.connect()) {
      for (TableShape table : TableShape.all(c)) {
        List<List<Object>> rows = new ArrayList<>();
        String order = String.join(", ", table.primaryKey().isEmpty() ? List.of("1") : table.primaryKey());
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT * FROM " + table.name() + " ORDER BY " + order)) {
          while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (TableShape.Column column : table.columns()) {
              row.add(column.name() + "=" + comparable(rs, column));
            }
            rows.add(row);
          }
        }
        tables.put(table.name(), rows);
      }
    }
    return tables;
  }

  private static Object comparable(ResultSet rs, TableShape.Column column) throws SQLException {
    return switch (column.kind()) {
      case BINARY -> {
        byte[] bytes = rs.getBytes(column.name());
        yield bytes == null ? null : bytes.length + " bytes, sha-256 " + sha256(bytes);
      }
      case TIMESTAMP_TZ -> {
        OffsetDateTime value = rs.getObject(column.name(), OffsetDateTime.class);
        yield value == null ? null : value.toInstant();
      }
      case INTEGER -> rs.getObject(column.name()) == null ? null : rs.getLong(column.name());
      case BOOLEAN -> rs.getObject(column.name()) == null ? null : rs.getBoolean(column.name());
      default -> rs.getString(column.name());
    };
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
