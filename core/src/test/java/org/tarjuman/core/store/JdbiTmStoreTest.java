package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjuman.core.store.StoreFixtures.ARABIC;
import static org.tarjuman.core.store.StoreFixtures.ENGLISH;
import static org.tarjuman.core.store.StoreFixtures.FRENCH;
import static org.tarjuman.core.store.StoreFixtures.count;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.TmHit;
import org.tarjuman.core.model.TmStats;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.text.ArabicNormaliser;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class JdbiTmStoreTest {

  @Parameter TestDatabase database;

  private static final Instant CREATED = Instant.parse("2024-03-01T10:15:30Z");

  @TempDir Path temp;
  private TestDatabase.Fresh db;
  private Workspace workspace;
  private TmStore tm;

  @BeforeEach
  void open() {
    db = database.create(temp);
    workspace = db.workspace();
    tm = workspace.tm();
  }

  @AfterEach
  void close() {
    // Null when the database was not configured and the case was skipped.
    if (db != null) {
      db.close();
    }
  }

  static TmUnit unit(String source, String target) {
    return new TmUnit(
        ARABIC,
        ENGLISH,
        StoreFixtures.protect(source),
        Content.ofText(target),
        Optional.empty(),
        Optional.empty(),
        Origin.TMX,
        CREATED,
        CREATED);
  }

  @Test
  void addsUnitsAndReadsThemBackWithCodesDatesAndOrigin() {
    TmUnit unit = unit("زيارة #المغرب الرسمية", "The official #Morocco visit");

    TmWriteReport report = tm.add(sink -> sink.accept(unit));
    List<TmUnit> all = new ArrayList<>();
    tm.forEach(Optional.empty(), Optional.empty(), all::add);

    assertThat(report).isEqualTo(new TmWriteReport(1, 0));
    assertThat(all).containsExactly(unit);
    assertThat(all.get(0).source().codes()).extracting(InlineCode::type).containsExactly("hashtag");
  }

  @Test
  void readsEveryUnitOfAPairInOrderAcrossPagesAndNoneOfAnotherPair() {
    int count = 2 * TmReader.PAGE + 7;
    tm.add(
        sink -> {
          for (int i = 0; i < count; i++) {
            sink.accept(unit("جملة رقم " + i, "Sentence " + i));
            if (i % 1000 == 0) {
              TmUnit english = unit("جملة رقم " + i, "Phrase " + i);
              sink.accept(
                  new TmUnit(
                      ARABIC,
                      FRENCH,
                      english.source(),
                      english.target(),
                      Optional.empty(),
                      Optional.empty(),
                      Origin.TMX,
                      CREATED,
                      CREATED));
            }
          }
        });
    List<String> targets = new ArrayList<>();

    tm.forEach(Optional.of(ARABIC), Optional.of(ENGLISH), u -> targets.add(u.target().coded()));

    assertThat(targets)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, count).mapToObj(i -> "Sentence " + i).toList());
  }

  @Test
  void leavesOutAUnitWhoseSourceAndTargetAreAlreadyThere() {
    tm.add(sink -> sink.accept(unit("وصل الوزير.", "The minister arrived.")));

    TmWriteReport again =
        tm.add(
            sink -> {
              sink.accept(unit("وصلَ الوزير.", "The minister arrived."));
              sink.accept(unit("وصل الوزير.", "The minister has arrived."));
              sink.accept(unit("وصل الوزير.", "The minister has arrived."));
            });

    assertThat(again).isEqualTo(new TmWriteReport(1, 2));
  }

  @Test
  void leavesOutADuplicateThatComesAfterTheFirstGroupOfTheSameWrite() {
    TmWriteReport report =
        tm.add(
            sink -> {
              for (int i = 0; i < TmUnitWriter.FLUSH_ROWS + 100; i++) {
                sink.accept(unit("جملة رقم " + (i % (TmUnitWriter.FLUSH_ROWS + 50)), "x"));
              }
            });

    assertThat(report).isEqualTo(new TmWriteReport(TmUnitWriter.FLUSH_ROWS + 50, 50));
  }

  @Test
  void addsNothingWhenTheProducerFails() throws Exception {
    assertThatThrownBy(
            () ->
                tm.add(
                    sink -> {
                      sink.accept(unit("وصل الوزير.", "The minister arrived."));
                      throw new InvalidInputException("broken.tmx:3:1: bad");
                    }))
        .isInstanceOf(InvalidInputException.class);

    assertThat(count(db, "tm_units")).isZero();
  }

  @Test
  void findsExactMatchesIgnoringDiacriticsButOnlyInTheRequestedPair() {
    tm.add(
        sink -> {
          sink.accept(unit("وصل الوزير إلى الرباط.", "The minister arrived in Rabat."));
          sink.accept(
              new TmUnit(
                  ARABIC,
                  FRENCH,
                  Content.ofText("وصل الوزير إلى الرباط."),
                  Content.ofText("Le ministre est arrivé à Rabat."),
                  Optional.empty(),
                  Optional.empty(),
                  Origin.TMX,
                  CREATED,
                  CREATED));
        });

    List<TmCandidate> exact =
        tm.exact(ARABIC, ENGLISH, Content.ofText("وصلَ الوزيرُ الى الرباط."), 5);

    assertThat(exact)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.score()).isEqualTo(100);
              assertThat(c.unit().target().plainText()).isEqualTo("The minister arrived in Rabat.");
            });
  }

  @Test
  void findsFuzzyMatchesBestFirstAboveTheMinimum() {
    tm.add(
        sink -> {
          sink.accept(
              unit("وصل الوزير إلى الرباط يوم الاثنين.", "The minister arrived on Monday."));
          sink.accept(
              unit("وصل الوزير إلى الرباط يوم الثلاثاء.", "The minister arrived on Tuesday."));
          sink.accept(unit("غادر الوفد الدار البيضاء.", "The delegation left Casablanca."));
        });

    List<TmCandidate> matches =
        tm.fuzzy(ARABIC, ENGLISH, Content.ofText("وصل الوزير إلى الرباط يوم الاثنين."), 70, 5);

    assertThat(matches).extracting(TmCandidate::score).containsExactly(100, 85);
    assertThat(matches.get(1).unit().target().plainText())
        .isEqualTo("The minister arrived on Tuesday.");
  }

  @Test
  void fuzzyLookUpSeesUnitsAnotherWriterAddedAfterTheIndexWasLoaded() throws Exception {
    tm.add(sink -> sink.accept(unit("وصل الوزير إلى الرباط.", "The minister arrived in Rabat.")));
    assertThat(tm.fuzzy(ARABIC, ENGLISH, Content.ofText("غادر الوزير الرباط."), 90, 5)).isEmpty();

    try (Connection c = db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO tm_units (source_lang, target_lang, source_coded, source_codes,"
                    + " source_plain, target_coded, target_codes, target_plain, source_key, origin,"
                    + " created_at, changed_at) VALUES ('ar', 'en', ?, '', ?, ?, '', ?, ?, 'xliff',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
      s.setString(1, "غادر الوزير الرباط.");
      s.setString(2, "غادر الوزير الرباط.");
      s.setString(3, "The minister left Rabat.");
      s.setString(4, "The minister left Rabat.");
      s.setString(5, "غادر الوزير الرباط.");
      s.executeUpdate();
    }

    assertThat(tm.fuzzy(ARABIC, ENGLISH, Content.ofText("غادر الوزير الرباط."), 90, 5))
        .extracting(c -> c.unit().origin())
        .containsExactly(Origin.XLIFF);
  }

  @Test
  void fuzzyLookUpFindsAUnitCommittedWithALowerIdAfterAHigherOneWasIndexed() throws Exception {
    tm.add(sink -> sink.accept(unit("وصل الوزير إلى الرباط.", "The minister arrived in Rabat.")));
    Content imported = Content.ofText("غادر الوفد مدينة فاس مساء الأحد.");
    assertThat(tm.fuzzy(ARABIC, ENGLISH, imported, 90, 5)).isEmpty();

    try (Connection longImport = db.connect();
        PreparedStatement s =
            longImport.prepareStatement(
                "INSERT INTO tm_units (source_lang, target_lang, source_coded, source_codes,"
                    + " source_plain, target_coded, target_codes, target_plain, source_key, origin,"
                    + " created_at, changed_at) VALUES ('ar', 'en', ?, '', ?, ?, '', ?, ?, 'tmx',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
      longImport.setAutoCommit(false);
      s.setString(1, imported.plainText());
      s.setString(2, imported.plainText());
      s.setString(3, "The delegation left Fez on Sunday evening.");
      s.setString(4, "The delegation left Fez on Sunday evening.");
      s.setString(5, ArabicNormaliser.normalise(imported));
      s.executeUpdate();
      tm.add(sink -> sink.accept(unit("افتتح المعرض في طنجة.", "The fair opened in Tangier.")));
      assertThat(tm.fuzzy(ARABIC, ENGLISH, Content.ofText("افتتح المعرض في طنجة."), 90, 5))
          .hasSize(1);
      longImport.commit();
    }

    // The gap is filled in the background, within about a second of a look-up noticing it.
    List<TmCandidate> found = List.of();
    for (long end = System.nanoTime() + 20_000_000_000L;
        found.isEmpty() && System.nanoTime() < end;
        Thread.sleep(100)) {
      found = tm.fuzzy(ARABIC, ENGLISH, imported, 90, 5);
    }
    assertThat(found).extracting(c -> c.unit().target().plainText())
        .containsExactly("The delegation left Fez on Sunday evening.");
  }

  @Test
  void concordanceFindsUnitsContainingTheNormalisedQueryAndWhere() {
    tm.add(sink -> sink.accept(unit("وصل الوزير إلى الرباط.", "The minister arrived in Rabat.")));

    List<TmHit> hits = tm.concordance("إلى الرباط", Optional.empty(), Optional.of(ENGLISH), 10);

    assertThat(hits)
        .singleElement()
        .satisfies(
            h -> {
              String source = h.unit().source().plainText();
              assertThat(source.substring(h.start(), h.end())).isEqualTo("إلى الرباط");
            });
    assertThat(tm.concordance("إلى الرباط", Optional.empty(), Optional.of(FRENCH), 10)).isEmpty();
  }

  @Test
  void countsUnitsPerLanguagePairWithOriginsAndDates() {
    tm.add(
        sink -> {
          sink.accept(unit("واحد", "one"));
          sink.accept(unit("اثنان", "two"));
        });

    TmStats stats = tm.stats();

    assertThat(stats.units()).isEqualTo(2);
    assertThat(stats.pairs())
        .containsExactly(
            new TmStats.Pair(ARABIC, ENGLISH, 2, CREATED, CREATED, Map.of(Origin.TMX, 2L)));
    assertThat(stats.bytesOnDisk()).isEmpty();
  }

  @Test
  void refusesAMinimumScoreOutsideOneToOneHundred() {
    assertThatThrownBy(() -> tm.fuzzy(ARABIC, ENGLISH, Content.ofText("x"), 0, 5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1 to 100");
  }
}
