package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tarjuman.core.store.StoreFixtures.ENGLISH;
import static org.tarjuman.core.store.StoreFixtures.FRENCH;
import static org.tarjuman.core.store.StoreFixtures.count;
import static org.tarjuman.core.store.StoreFixtures.newVersion;
import static org.tarjuman.core.store.StoreFixtures.seedBytes;
import static org.tarjuman.core.store.StoreFixtures.seedUnits;
import static org.tarjuman.core.store.StoreFixtures.units;
import static org.tarjuman.core.store.StoreFixtures.write;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.text.ArabicNormaliser;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class JdbiTranslationStoreTest {

  @Parameter TestDatabase database;

  @TempDir Path temp;
  private TestDatabase.Fresh db;
  private Workspace workspace;
  private DocumentStore documents;
  private TranslationStore translations;
  private Path seedFile;

  @BeforeEach
  void open() {
    db = database.create(temp);
    workspace = db.workspace();
    documents = workspace.documents();
    translations = workspace.translations();
    seedFile = write(temp, "article.txt", seedBytes());
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void storesNewTranslationsWithStatusAndOriginOnTheirSegments() {
    List<SegmentView> seed = storeSeed();

    AppliedTranslations applied =
        translations.apply(
            batch(
                ENGLISH,
                update(seed.get(0), "The Inspector General arrives.", Status.TRANSLATED),
                update(seed.get(1), "A draft.", Status.DRAFT)));

    assertThat(applied).isEqualTo(new AppliedTranslations(2, 0, 0, 1, 0));
    List<SegmentView> stored = segments(ENGLISH);
    assertThat(stored.get(0).translations())
        .singleElement()
        .satisfies(
            t -> assertThat(t.content().plainText()).isEqualTo("The Inspector General arrives."))
        .satisfies(t -> assertThat(t.status()).isEqualTo(Status.TRANSLATED))
        .satisfies(t -> assertThat(t.origin()).isEqualTo(Origin.XLIFF))
        .satisfies(t -> assertThat(t.score()).isNull());
    assertThat(stored.get(1).translations().get(0).status()).isEqualTo(Status.DRAFT);
    assertThat(stored.get(2).translations()).isEmpty();
    assertThat(segments(FRENCH).get(0).translations()).isEmpty();
  }

  @Test
  void keepsTheEarlierTranslationInTheHistoryWhenItsTextChanges() {
    SegmentView first = storeSeed().get(0);
    translations.apply(batch(ENGLISH, update(first, "First try.", Status.DRAFT)));

    AppliedTranslations applied =
        translations.apply(batch(ENGLISH, update(first, "Second try.", Status.TRANSLATED)));

    assertThat(applied.changed()).isEqualTo(1);
    assertThat(segments(ENGLISH).get(0).translations().get(0).content().plainText())
        .isEqualTo("Second try.");
    List<EarlierTranslation> history = translations.history(first.id(), ENGLISH);
    assertThat(history).singleElement();
    TranslationView earlier = history.get(0).translation();
    assertThat(earlier.content().plainText()).isEqualTo("First try.");
    assertThat(earlier.status()).isEqualTo(Status.DRAFT);
    assertThat(earlier.origin()).isEqualTo(Origin.XLIFF);
    assertThat(history.get(0).replacedAt()).isAfterOrEqualTo(earlier.changedAt());
  }

  @Test
  void keepsHistoryWhenOnlyTheStatusOrTheOriginChanges() {
    SegmentView first = storeSeed().get(0);
    translations.apply(batch(ENGLISH, update(first, "Same text.", Status.DRAFT)));
    translations.apply(batch(ENGLISH, update(first, "Same text.", Status.REVIEWED)));
    translations.apply(
        new TranslationBatch(
            first.documentId(),
            1,
            ENGLISH,
            Origin.MANUAL,
            List.of(
                new TranslationUpdate(first.id(), Content.ofText("Same text."), Status.REVIEWED))));

    assertThat(translations.history(first.id(), ENGLISH))
        .extracting(h -> h.translation().status(), h -> h.translation().origin())
        .containsExactly(tuple(Status.DRAFT, Origin.XLIFF), tuple(Status.REVIEWED, Origin.XLIFF));
    assertThat(segments(ENGLISH).get(0).translations().get(0).origin()).isEqualTo(Origin.MANUAL);
  }

  @Test
  void storesTheScoreOfAnAlignedTranslationAndKeepsItInTheHistory() {
    SegmentView first = storeSeed().get(0);
    translations.apply(aligned(first, "Aligned once.", Status.NEEDS_REVIEW, 49));

    assertThat(segments(ENGLISH).get(0).translations())
        .singleElement()
        .satisfies(t -> assertThat(t.origin()).isEqualTo(Origin.ALIGNED))
        .satisfies(t -> assertThat(t.score()).isEqualTo(49));
    assertThat(translations.apply(aligned(first, "Aligned once.", Status.NEEDS_REVIEW, 49)))
        .extracting(AppliedTranslations::unchanged)
        .isEqualTo(1);

    AppliedTranslations rescored =
        translations.apply(aligned(first, "Aligned once.", Status.NEEDS_REVIEW, 61));
    translations.apply(batch(ENGLISH, update(first, "Edited in a CAT tool.", Status.TRANSLATED)));

    assertThat(rescored.changed()).isEqualTo(1);
    assertThat(translations.history(first.id(), ENGLISH))
        .extracting(h -> h.translation().origin(), h -> h.translation().score())
        .containsExactly(tuple(Origin.ALIGNED, 49), tuple(Origin.ALIGNED, 61));
    assertThat(segments(ENGLISH).get(0).translations().get(0))
        .satisfies(t -> assertThat(t.origin()).isEqualTo(Origin.XLIFF))
        .satisfies(t -> assertThat(t.score()).isNull());
  }

  @Test
  void rejectsAScoreAbove100() {
    assertThatThrownBy(
            () -> new TranslationUpdate(1, Content.ofText("x"), Status.TRANSLATED, 101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score 101 is not between 0 and 100");
  }

  @Test
  void writesNothingForATranslationEqualToTheStoredOne() throws Exception {
    SegmentView first = storeSeed().get(0);
    translations.apply(batch(ENGLISH, update(first, "Done.", Status.TRANSLATED)));
    OffsetDateTime changedBefore = translationChangedAt(first.id());
    OffsetDateTime tmChangedBefore = tmUnits().get(0).changedAt();

    AppliedTranslations again =
        translations.apply(batch(ENGLISH, update(first, "Done.", Status.TRANSLATED)));

    assertThat(again).isEqualTo(new AppliedTranslations(0, 0, 1, 0, 0));
    assertThat(translations.history(first.id(), ENGLISH)).isEmpty();
    assertThat(translationChangedAt(first.id())).isEqualTo(changedBefore);
    assertThat(tmUnits())
        .singleElement()
        .satisfies(u -> assertThat(u.changedAt()).isEqualTo(tmChangedBefore));
  }

  @Test
  void addsConfirmedTranslationsToTheTmWithTheNeighbouringSourcesAsContext() throws Exception {
    List<SegmentView> seed = storeSeed();
    SegmentView withCode =
        seed.stream().filter(s -> !s.source().codes().isEmpty()).findFirst().orElseThrow();
    Content target =
        new Content(
            "The IDF " + firstCode(withCode.source()) + " hosts a conference.",
            withCode.source().codes());

    AppliedTranslations applied =
        translations.apply(
            batch(
                ENGLISH,
                update(seed.get(0), "First.", Status.TRANSLATED),
                update(seed.get(1), "Second.", Status.FINAL),
                update(seed.get(2), "Third, unconfirmed.", Status.NEEDS_REVIEW),
                new TranslationUpdate(withCode.id(), target, Status.REVIEWED)));

    assertThat(applied.tmUnitsAdded()).isEqualTo(3);
    List<TmRow> tm = tmUnits();
    assertThat(tm)
        .extracting(TmRow::targetPlain)
        .containsExactly("First.", "Second.", target.plainText());
    TmRow first = tm.get(0);
    assertThat(first.sourceLang()).isEqualTo("ar");
    assertThat(first.targetLang()).isEqualTo("en");
    assertThat(first.sourcePlain()).isEqualTo(seed.get(0).source().plainText());
    assertThat(first.sourceKey()).isEqualTo(ArabicNormaliser.normalise(seed.get(0).source()));
    assertThat(first.prev()).isNull();
    assertThat(first.next()).isEqualTo(seed.get(1).source().plainText());
    assertThat(first.origin()).isEqualTo("xliff");
    assertThat(first.useCount()).isZero();
    assertThat(tm.get(1).prev()).isEqualTo(seed.get(0).source().plainText());
    assertThat(tm.get(1).next()).isEqualTo(seed.get(2).source().plainText());
    TmRow coded = tm.get(2);
    assertThat(coded.sourceCodes()).isEqualTo(InlineCodesFormat.format(withCode.source().codes()));
    assertThat(coded.targetCodes()).isEqualTo(coded.sourceCodes());
    assertThat(coded.targetPlain()).contains("#جيش_الدفاع");
    // Neighbours outside the batch are read by position.
    int at = seed.indexOf(withCode);
    assertThat(coded.prev()).isEqualTo(seed.get(at - 1).source().plainText());
    assertThat(coded.next())
        .isEqualTo(at + 1 < seed.size() ? seed.get(at + 1).source().plainText() : null);
  }

  @Test
  void refreshesTheTmUnitWithTheSameSourceAndTargetAndAddsOneForAnotherTarget() throws Exception {
    SegmentView first = storeSeed().get(0);
    translations.apply(batch(ENGLISH, update(first, "Arrives.", Status.TRANSLATED)));
    OffsetDateTime created = tmUnits().get(0).changedAt();
    Thread.sleep(5);

    AppliedTranslations reviewed =
        translations.apply(batch(ENGLISH, update(first, "Arrives.", Status.REVIEWED)));
    AppliedTranslations retranslated =
        translations.apply(batch(ENGLISH, update(first, "Is arriving.", Status.REVIEWED)));

    assertThat(reviewed.tmUnitsRefreshed()).isEqualTo(1);
    assertThat(reviewed.tmUnitsAdded()).isZero();
    assertThat(retranslated.tmUnitsAdded()).isEqualTo(1);
    List<TmRow> tm = tmUnits();
    assertThat(tm).extracting(TmRow::targetPlain).containsExactly("Arrives.", "Is arriving.");
    assertThat(tm.get(0).changedAt()).isAfter(created);
  }

  @Test
  void addsOneTmUnitForARepeatedSourceWithTheSameTranslation() throws Exception {
    StoredVersion stored =
        documents.storeVersion(
            newVersion("repeated", seedFile), units("نعم.|لا.", "نعم .")::forEach);
    List<SegmentView> segments =
        documents.segments(stored.documentId(), Optional.empty(), Optional.empty());

    AppliedTranslations applied =
        translations.apply(
            batch(
                ENGLISH,
                update(segments.get(0), "Yes.", Status.TRANSLATED),
                update(segments.get(1), "No.", Status.TRANSLATED),
                update(segments.get(2), "Yes.", Status.TRANSLATED)));

    assertThat(applied.tmUnitsAdded()).isEqualTo(2);
    assertThat(applied.tmUnitsRefreshed()).isEqualTo(1);
    assertThat(tmUnits()).extracting(TmRow::targetPlain).containsExactly("Yes.", "No.");
  }

  @Test
  void storesNothingWhenALaterChunkNamesASegmentOfAnotherVersion() throws Exception {
    String[] texts =
        IntStream.range(0, TranslationWriter.CHUNK + 100)
            .mapToObj(i -> "جملة رقم " + i + ".")
            .toArray(String[]::new);
    StoredVersion stored =
        documents.storeVersion(newVersion("long", seedFile), units(texts)::forEach);
    List<SegmentView> segments =
        documents.segments(stored.documentId(), Optional.empty(), Optional.empty());
    translations.apply(batch(ENGLISH, update(segments.get(0), "Kept.", Status.TRANSLATED)));
    SegmentView otherDocument = storeSeed().get(0);
    List<TranslationUpdate> updates = new ArrayList<>();
    for (SegmentView segment : segments) {
      updates.add(
          new TranslationUpdate(
              segment.id(), Content.ofText("Replaced " + segment.index()), Status.TRANSLATED));
    }
    updates.add(
        new TranslationUpdate(otherDocument.id(), Content.ofText("Stray."), Status.TRANSLATED));

    assertThatThrownBy(
            () ->
                translations.apply(
                    new TranslationBatch(stored.documentId(), 1, ENGLISH, Origin.XLIFF, updates)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "segment "
                + otherDocument.id()
                + " is not in version 1 of document "
                + stored.documentId());

    assertThat(count(db, "translations")).isEqualTo(1);
    assertThat(count(db, "translation_history")).isZero();
    assertThat(count(db, "tm_units")).isEqualTo(1);
    assertThat(
            segments(stored.documentId(), ENGLISH)
                .get(0)
                .translations()
                .get(0)
                .content()
                .plainText())
        .isEqualTo("Kept.");
  }

  @Test
  void storesNothingWhenTheProducerFailsAfterWritingSeveralChunks() throws Exception {
    String[] texts =
        IntStream.range(0, 3 * TranslationWriter.CHUNK)
            .mapToObj(i -> "جملة رقم " + i + ".")
            .toArray(String[]::new);
    StoredVersion stored =
        documents.storeVersion(newVersion("long", seedFile), units(texts)::forEach);
    List<Long> ids =
        documents.segments(stored.documentId(), Optional.empty(), Optional.empty()).stream()
            .map(SegmentView::id)
            .toList();
    InvalidInputException late = new InvalidInputException("long.xlf:9000:1: unexpected end");

    assertThatThrownBy(
            () ->
                translations.apply(
                    new BatchScope(stored.documentId(), 1, ENGLISH, Origin.XLIFF),
                    sink -> {
                      for (int from = 0; from < ids.size(); from += TranslationWriter.CHUNK) {
                        List<Long> chunk = ids.subList(from, from + TranslationWriter.CHUNK);
                        sink.write(
                            sink.segments(chunk).values().stream()
                                .map(
                                    s ->
                                        new TranslationUpdate(
                                            s.id(),
                                            Content.ofText("T " + s.index()),
                                            Status.TRANSLATED))
                                .toList());
                      }
                      throw late;
                    }))
        .isSameAs(late);

    assertThat(count(db, "translations")).isZero();
    assertThat(count(db, "tm_units")).isZero();
  }

  @Test
  void aSinkReadsOnlyTheVersionsSegmentsWithTheirTranslationIntoItsLanguage() {
    List<SegmentView> seed = storeSeed();
    translations.apply(
        batch(FRENCH, update(seed.get(0), "L'inspecteur arrive.", Status.TRANSLATED)));
    SegmentView other =
        documents
            .segments(
                documents.storeVersion(newVersion("other", seedFile), units("أخرى.")::forEach)
                    .documentId(),
                Optional.empty(),
                Optional.empty())
            .get(0);
    List<Map<Long, SegmentView>> read = new ArrayList<>();

    AppliedTranslations applied =
        translations.apply(
            new BatchScope(seed.get(0).documentId(), 1, ENGLISH, Origin.XLIFF),
            sink -> {
              read.add(sink.segments(List.of(seed.get(1).id(), other.id(), seed.get(0).id())));
              sink.write(
                  List.of(
                      new TranslationUpdate(
                          seed.get(1).id(), Content.ofText("Second."), Status.TRANSLATED)));
              read.add(sink.segments(List.of(seed.get(1).id())));
            });

    assertThat(read.get(0)).containsOnlyKeys(seed.get(0).id(), seed.get(1).id());
    assertThat(read.get(0).get(seed.get(0).id()).translations()).isEmpty();
    assertThat(read.get(0).get(seed.get(1).id()).source()).isEqualTo(seed.get(1).source());
    assertThat(read.get(1).get(seed.get(1).id()).translations())
        .singleElement()
        .satisfies(t -> assertThat(t.content().plainText()).isEqualTo("Second."));
    assertThat(applied.added()).isEqualTo(1);
  }

  @Test
  void refusesALanguageTheDocumentIsNotTranslatedIntoAndAnUnknownVersion() {
    SegmentView first = storeSeed().get(0);
    Locale german = Locale.GERMAN;

    assertThatThrownBy(
            () -> translations.apply(batch(german, update(first, "Erst.", Status.TRANSLATED))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not translated into de but into en,fr");
    assertThatThrownBy(
            () ->
                translations.apply(
                    new TranslationBatch(
                        first.documentId(),
                        2,
                        ENGLISH,
                        Origin.XLIFF,
                        List.of(update(first, "x", Status.DRAFT)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("has no version 2");
  }

  // --- helpers

  private List<SegmentView> storeSeed() {
    StoredVersion stored =
        documents.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);
    return documents.segments(stored.documentId(), Optional.empty(), Optional.empty());
  }

  private List<SegmentView> segments(Locale target) {
    long id = documents.document("article").orElseThrow().id();
    return segments(id, target);
  }

  private List<SegmentView> segments(long documentId, Locale target) {
    return documents.segments(documentId, Optional.of(target), Optional.empty());
  }

  private static TranslationUpdate update(SegmentView segment, String text, Status status) {
    return new TranslationUpdate(segment.id(), Content.ofText(text), status);
  }

  private static TranslationBatch aligned(
      SegmentView segment, String text, Status status, int score) {
    return new TranslationBatch(
        segment.documentId(),
        segment.version(),
        ENGLISH,
        Origin.ALIGNED,
        List.of(new TranslationUpdate(segment.id(), Content.ofText(text), status, score)));
  }

  private TranslationBatch batch(Locale target, TranslationUpdate... updates) {
    SegmentView any = documents.segment(updates[0].segmentId()).orElseThrow();
    return new TranslationBatch(
        any.documentId(), any.version(), target, Origin.XLIFF, List.of(updates));
  }

  /** The coded form of a content's first inline code: its marker and index characters. */
  private static String firstCode(Content content) {
    String coded = content.coded();
    for (int i = 0; i < coded.length(); i++) {
      if (Content.isMarker(coded.charAt(i))) {
        return coded.substring(i, i + 2);
      }
    }
    throw new IllegalStateException("no code in " + content);
  }

  private OffsetDateTime translationChangedAt(long segmentId) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT changed_at FROM translations WHERE segment_id = ?")) {
      s.setLong(1, segmentId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getObject(1, OffsetDateTime.class);
      }
    }
  }

  private record TmRow(
      String sourceLang,
      String targetLang,
      String sourcePlain,
      String sourceCodes,
      String sourceKey,
      String targetPlain,
      String targetCodes,
      String prev,
      String next,
      String origin,
      int useCount,
      OffsetDateTime changedAt) {}

  private List<TmRow> tmUnits() throws SQLException {
    List<TmRow> rows = new ArrayList<>();
    try (Connection c = db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT source_lang, target_lang, source_plain, source_codes, source_key,"
                    + " target_plain, target_codes, prev_source, next_source, origin, use_count,"
                    + " changed_at FROM tm_units ORDER BY id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.add(
            new TmRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getInt(11),
                rs.getObject(12, OffsetDateTime.class)));
      }
    }
    return rows;
  }
}
