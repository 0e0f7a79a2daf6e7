package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuman.core.store.JdbiTmStoreTest.unit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.tm.IndexHit;
import org.tarjuman.core.tm.TmIndex;

/**
 * The fuzzy index while other users write: a look-up reads a bounded number of new units itself,
 * and the background task (run here by hand, when the test says) fills in the rest, including
 * units committed with lower ids after higher ones were read.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class TmIndexesTest {

  private static final int CATCH_UP = 10;

  @Parameter TestDatabase database;

  @TempDir Path temp;
  private TestDatabase.Fresh db;
  private Workspace workspace;
  private Jdbi jdbi;
  private final Deque<Runnable> background = new ArrayDeque<>();
  private TmIndexes indexes;

  @BeforeEach
  void open() {
    db = database.create(temp);
    workspace = db.workspace();
    jdbi = Jdbi.create(db::connect);
    indexes = new TmIndexes(jdbi, background::add, CATCH_UP, /* checkEveryNanos= */ 0);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void findsAUnitCommittedWithALowerIdAfterAHigherOneWasIndexed() throws Exception {
    workspace.tm().add(sink -> sink.accept(unit("وصل الوزير إلى الرباط.", "Arrived in Rabat.")));
    assertThat(current().size()).isEqualTo(1);

    try (Connection longImport = db.connect()) {
      longImport.setAutoCommit(false);
      insert(longImport, "غادر الوفد مدينة فاس مساء الأحد.", "The delegation left Fez.");
      // A short confirmation commits a higher id while the import is still open.
      workspace.tm().add(sink -> sink.accept(unit("افتتح المعرض في طنجة.", "The fair opened.")));
      assertThat(found(current(), "افتتح المعرض في طنجة.")).isTrue();
      runBackground();
      longImport.commit();
    }

    TmIndex afterCommit = current();
    runBackground();

    assertThat(found(afterCommit, "غادر الوفد مدينة فاس مساء الأحد.")).isTrue();
    assertThat(afterCommit.size()).isEqualTo(3);
  }

  @Test
  void readsOnlyTheNewestUnitsItselfAndTheRestInTheBackground() {
    workspace.tm().add(sink -> sink.accept(unit("وصل الوزير إلى الرباط.", "Arrived in Rabat.")));
    current();
    int imported = 4 * CATCH_UP + 3;
    workspace
        .tm()
        .add(
            sink -> {
              for (int i = 0; i < imported; i++) {
                sink.accept(unit("الوحدة رقم " + i + " من الاستيراد الكبير.", "Unit " + i));
              }
            });

    TmIndex during = current();

    assertThat(during.size()).isEqualTo(1 + CATCH_UP);
    assertThat(found(during, "الوحدة رقم " + (imported - 1) + " من الاستيراد الكبير.")).isTrue();
    assertThat(found(during, "الوحدة رقم 0 من الاستيراد الكبير.")).isFalse();
    runBackground();
    assertThat(during.size()).isEqualTo(1 + imported);
    assertThat(found(during, "الوحدة رقم 0 من الاستيراد الكبير.")).isTrue();
  }

  @Test
  void loadsTheWholePairOnItsFirstLookUp() {
    workspace
        .tm()
        .add(
            sink -> {
              for (int i = 0; i < 3 * CATCH_UP; i++) {
                sink.accept(unit("الجملة رقم " + i + " في الذاكرة.", "Sentence " + i));
              }
            });

    assertThat(current().size()).isEqualTo(3 * CATCH_UP);
    assertThat(background).isEmpty();
  }

  private TmIndex current() {
    return jdbi.withHandle(h -> indexes.current(h, "ar", "en"));
  }

  private void runBackground() {
    while (!background.isEmpty()) {
      background.poll().run();
    }
  }

  private static boolean found(TmIndex index, String source) {
    List<IndexHit> hits =
        index.search(ArabicNormaliser.normalise(Content.ofText(source)), List.of(), 100, 1);
    return !hits.isEmpty();
  }

  private static void insert(Connection c, String source, String target) throws Exception {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO tm_units (source_lang, target_lang, source_coded, source_codes,"
                + " source_plain, target_coded, target_codes, target_plain, source_key, origin,"
                + " created_at, changed_at) VALUES ('ar', 'en', ?, '', ?, ?, '', ?, ?, 'tmx',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
      s.setString(1, source);
      s.setString(2, source);
      s.setString(3, target);
      s.setString(4, target);
      s.setString(5, ArabicNormaliser.normalise(Content.ofText(source)));
      s.executeUpdate();
    }
  }
}
