package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuman.core.store.StoreFixtures.ARABIC;
import static org.tarjuman.core.store.StoreFixtures.ENGLISH;
import static org.tarjuman.core.store.StoreFixtures.newVersion;
import static org.tarjuman.core.store.StoreFixtures.units;
import static org.tarjuman.core.store.StoreFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.TmUnit;

class KeyIndexMigrationTest {

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void storesAndFindsSegmentsAndTmUnitsWithKeysOfManyKilobytes(TestDatabase database)
      throws SQLException {
    // Random words, so that PostgreSQL cannot compress the index entry below its limit.
    String longSentence = arabicWords(1500) + ".";
    assertThat(longSentence.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(10_000);
    Path file = write(temp, "long.txt", longSentence.getBytes(StandardCharsets.UTF_8));

    try (TestDatabase.Fresh db = database.create(temp);
        Workspace workspace = Workspace.open(db.config())) {
      StoredVersion stored =
          workspace
              .documents()
              .storeVersion(
                  newVersion("long", file),
                  sink -> units(longSentence, "قصير.", longSentence).forEach(sink));
      TmUnit unit =
          new TmUnit(
              ARABIC,
              ENGLISH,
              Content.ofText(longSentence),
              Content.ofText("A very long sentence."),
              Optional.empty(),
              Optional.empty(),
              Origin.TMX,
              Instant.parse("2026-11-29T10:00:00Z"),
              Instant.parse("2026-11-29T10:00:00Z"));
      workspace.tm().add(sink -> sink.accept(unit));

      List<SegmentView> segments =
          workspace.documents().segments(stored.documentId(), Optional.empty(), Optional.empty());
      assertThat(segments).hasSize(3);
      assertThat(workspace.tm().exact(ARABIC, ENGLISH, Content.ofText(longSentence), 5))
          .extracting(c -> c.unit().target().plainText())
          .containsExactly("A very long sentence.");
      if (database == TestDatabase.POSTGRESQL) {
        assertThat(keyIndexDefinitions(db)).hasSize(2).allMatch(d -> d.contains("USING hash"));
      } else {
        assertThat(keyIndexDefinitions(db)).hasSize(3);
      }
    }
  }

  /** The definitions (PostgreSQL) or names (H2) of the indexes on the key columns. */
  private static List<String> keyIndexDefinitions(TestDatabase.Fresh db) throws SQLException {
    String sql =
        db.kind() == TestDatabase.POSTGRESQL
            ? "SELECT indexdef FROM pg_indexes"
                + " WHERE indexdef LIKE '%norm_key%' OR indexdef LIKE '%source_key%'"
            : "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                + " WHERE COLUMN_NAME IN ('NORM_KEY', 'SOURCE_KEY')";
    List<String> found = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    }
    return found;
  }

  private static String arabicWords(int count) {
    Random random = new Random(70);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      int length = 3 + random.nextInt(5);
      for (int j = 0; j < length; j++) {
        text.append((char) ('\u0628' + random.nextInt(26)));
      }
    }
    return text.toString();
  }
}
