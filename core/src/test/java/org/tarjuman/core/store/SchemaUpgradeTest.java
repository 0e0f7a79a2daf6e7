package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuman.core.store.StoreFixtures.ARABIC;
import static org.tarjuman.core.store.StoreFixtures.ENGLISH;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.segment.TokenCodeFinder;
import org.tarjuman.core.text.ArabicNormaliser;

/**
 * Issue 6 §6: a workspace created by the first released schema (V1 alone, filled with plain SQL as
 * that release wrote its rows) is migrated by {@link Workspace#open} to the current schema, and
 * every row is still there and readable through the stores.
 */
class SchemaUpgradeTest {

  private static final List<String> TABLES =
      List.of(
          "documents",
          "document_versions",
          "text_units",
          "segments",
          "translations",
          "translation_history",
          "tm_units");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final byte[] ORIGINAL_1 =
      "المغرب وإسرائيل. زيارة عسكرية.\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ORIGINAL_2 =
      "المغرب وإسرائيل. زيارة عسكرية. #الرباط\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void migratesAFirstReleaseWorkspaceKeepingEveryRowReadable(TestDatabase database)
      throws SQLException, IOException {
    try (TestDatabase.Fresh db = database.create(temp)) {
      migrateToFirstRelease(db);
      Map<String, Long> before;
      try (Connection c = db.connect()) {
        assertThat(appliedVersions(c)).containsExactly("1");
        fillAsFirstRelease(c);
        before = rowCounts(c);
      }
      assertThat(before.values()).allMatch(count -> count > 0);

      try (Workspace workspace = Workspace.open(db.config())) {
        DocumentSummary document = workspace.documents().document("article").orElseThrow();
        assertThat(document.version()).isEqualTo(2);
        assertThat(document.segments()).isEqualTo(3);
        try (InputStream original = workspace.documents().original(document.versionId())) {
          assertThat(original.readAllBytes()).isEqualTo(ORIGINAL_2);
        }

        List<SegmentView> segments =
            workspace.documents().segments(document.id(), Optional.of(ENGLISH), Optional.empty());
        assertThat(segments)
            .extracting(s -> s.source().plainText())
            .containsExactly("المغرب وإسرائيل.", "زيارة عسكرية.", "#الرباط");
        assertThat(segments.get(2).source().codes()).hasSize(1);
        assertThat(segments).allMatch(s -> s.unitNote().isEmpty());
        TranslationView first = segments.get(0).translations().get(0);
        assertThat(first.content().plainText()).isEqualTo("Morocco and Israel.");
        assertThat(first.status()).isEqualTo(Status.REVIEWED);
        assertThat(first.origin()).isEqualTo(Origin.MANUAL);
        TranslationView coded = segments.get(2).translations().get(0);
        assertThat(coded.content()).isEqualTo(segments.get(2).source());
        assertThat(coded.origin()).isEqualTo(Origin.TM_EXACT);
        assertThat(coded.score()).isEqualTo(100);

        assertThat(workspace.translations().history(segments.get(0).id(), ENGLISH))
            .extracting(EarlierTranslation::translation)
            .extracting(t -> t.content().plainText(), TranslationView::origin)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("Morocco, Israel.", Origin.XLIFF),
                org.assertj.core.groups.Tuple.tuple("Morocco and Israel", Origin.TM_FUZZY));

        assertThat(workspace.tm().exact(ARABIC, ENGLISH, Content.ofText("زيارة عسكرية."), 5))
            .extracting(match -> match.unit().target().plainText())
            .containsExactly("A military visit.");
        assertThat(workspace.tm().stats().units()).isEqualTo(2);
      }

      try (Connection c = db.connect()) {
        assertThat(appliedVersions(c)).containsExactly("1", "2", "30", "70", "80");
        assertThat(rowCounts(c)).isEqualTo(before);
      }
    }
  }

  /** Creates the schema as the first release did: V1 alone, with Workspace's placeholder. */
  private static void migrateToFirstRelease(TestDatabase.Fresh db) {
    DatabaseTarget target =
        db.config().jdbcUrl().isPresent()
            ? DatabaseTarget.ofUrl(
                db.config().jdbcUrl().get(),
                db.config().user().orElse(""),
                db.config().password().orElse(""))
            : DatabaseTarget.inFolder(db.config().folder());
    Flyway.configure(SchemaUpgradeTest.class.getClassLoader())
        .dataSource(target.dataSource())
        .locations("classpath:db/migration")
        .placeholders(Map.of("blob_type", target.isPostgreSql() ? "BYTEA" : "BLOB"))
        .target("1")
        .load()
        .migrate();
  }

  /**
   * One document in two versions, units, segments (one with an inline code), translations with
   * earlier states, and TM units, written with the first release's columns only.
   */
  private static void fillAsFirstRelease(Connection c) throws SQLException {
    long document =
        insert(c, "INSERT INTO documents (name, source_lang, created_at) VALUES (?, ?, ?)",
            "article", "ar", at(0));
    long[] versions = {
      version(c, document, 1, ORIGINAL_1, 2), version(c, document, 2, ORIGINAL_2, 3)
    };
    Content hashtag = new TokenCodeFinder().protect(Content.ofText("#الرباط"));
    List<Long> latest = new ArrayList<>();
    for (int v = 0; v < versions.length; v++) {
      long unit =
          insert(c, "INSERT INTO text_units (version_id, unit_index, unit_key) VALUES (?, 0, ?)",
              versions[v], "tu1");
      List<Content> sources =
          new ArrayList<>(List.of(Content.ofText("المغرب وإسرائيل."), Content.ofText("زيارة عسكرية.")));
      if (v == 1) {
        sources.add(hashtag);
      }
      for (int i = 0; i < sources.size(); i++) {
        long id = segment(c, versions[v], unit, i, sources.get(i));
        if (v == 1) {
          latest.add(id);
        }
      }
    }
    long first = translation(c, latest.get(0), Content.ofText("Morocco and Israel."), "reviewed",
        "manual", null, 3);
    history(c, first, "Morocco, Israel.", "translated", "xliff", 1);
    history(c, first, "Morocco and Israel", "draft", "tm-fuzzy", 2);
    translation(c, latest.get(2), hashtag, "translated", "tm-exact", 100, 4);
    tmUnit(c, Content.ofText("زيارة عسكرية."), "A military visit.", "المغرب وإسرائيل.", null);
    tmUnit(c, Content.ofText("المغرب وإسرائيل."), "Morocco and Israel.", null, "زيارة عسكرية.");
  }

  private static long version(Connection c, long document, int number, byte[] original, int segments)
      throws SQLException {
    return insert(c,
        "INSERT INTO document_versions (document_id, version_no, original, original_size, sha256,"
            + " format, media_type, charset, has_bom, target_langs, imported_at, unit_count,"
            + " segment_count, word_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        document, number, original, (long) original.length, "0".repeat(64), "PLAIN_TEXT",
        "text/plain", "UTF-8", false, "en", at(number), 1, segments, (long) segments * 2);
  }

  /** A segment at position {@code index + 1}: positions run from 1, as VersionWriter writes them. */
  private static long segment(Connection c, long version, long unit, int index, Content source)
      throws SQLException {
    return insert(c,
        "INSERT INTO segments (version_id, unit_id, position_no, index_in_unit, source_coded,"
            + " source_codes, source_plain, norm_key, word_count, char_count)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        version, unit, index + 1, index, source.coded(), InlineCodesFormat.format(source.codes()),
        source.plainText(), ArabicNormaliser.normalise(source), 2L,
        source.plainText().replaceAll("\\s", "").length());
  }

  private static long translation(Connection c, long segment, Content target, String status,
      String origin, Integer score, int minutes) throws SQLException {
    return insert(c,
        "INSERT INTO translations (segment_id, target_lang, target_coded, target_codes,"
            + " target_plain, status, origin, score, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        segment, "en", target.coded(), InlineCodesFormat.format(target.codes()),
        target.plainText(), status, origin, score, at(minutes));
  }

  private static void history(Connection c, long translation, String text, String status,
      String origin, int minutes) throws SQLException {
    insert(c,
        "INSERT INTO translation_history (translation_id, target_coded, target_codes, target_plain,"
            + " status, origin, score, changed_at, replaced_at) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?)",
        translation, text, text, status, origin, null, at(minutes), at(minutes + 1));
  }

  private static void tmUnit(Connection c, Content source, String target, String previous,
      String next) throws SQLException {
    insert(c,
        "INSERT INTO tm_units (source_lang, target_lang, source_coded, source_codes, source_plain,"
            + " target_coded, target_codes, target_plain, source_key, prev_source, next_source,"
            + " origin, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)",
        "ar", "en", source.coded(), InlineCodesFormat.format(source.codes()), source.plainText(),
        target, target, ArabicNormaliser.normalise(source), previous, next, "xliff", at(5), at(5));
  }

  private static Timestamp at(int minutes) {
    return Timestamp.from(T0.plusSeconds(60L * minutes));
  }

  /** Runs an INSERT with bound parameters and returns the generated id. */
  private static long insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof byte[] bytes) {
          s.setBytes(i + 1, bytes);
        } else {
          s.setObject(i + 1, values[i]);
        }
      }
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static Map<String, Long> rowCounts(Connection c) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  private static List<String> appliedVersions(Connection c) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                    + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    return versions;
  }
}
