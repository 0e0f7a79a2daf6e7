package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tarjuman.core.store.StoreFixtures.ENGLISH;
import static org.tarjuman.core.store.StoreFixtures.FRENCH;
import static org.tarjuman.core.store.StoreFixtures.count;
import static org.tarjuman.core.store.StoreFixtures.insertTranslation;
import static org.tarjuman.core.store.StoreFixtures.newVersion;
import static org.tarjuman.core.store.StoreFixtures.seedBytes;
import static org.tarjuman.core.store.StoreFixtures.seedUnits;
import static org.tarjuman.core.store.StoreFixtures.units;
import static org.tarjuman.core.store.StoreFixtures.write;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.SourceSegment;
import org.tarjuman.core.model.SourceUnit;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class JdbiDocumentStoreTest {

  @Parameter TestDatabase database;

  @TempDir Path temp;
  private TestDatabase.Fresh db;
  private Workspace workspace;
  private DocumentStore store;
  private Path seedFile;

  @BeforeEach
  void open() {
    db = database.create(temp);
    workspace = db.workspace();
    store = workspace.documents();
    seedFile = write(temp, "article.txt", seedBytes());
  }

  @AfterEach
  void close() {
    // Null when the database was not configured and the case was skipped.
    if (db != null) {
      db.close();
    }
  }

  @Test
  void storesTheSeedArticleAndReadsItBackExactlyInOrder() {
    List<SourceUnit> units = seedUnits();

    StoredVersion stored = store.storeVersion(newVersion("article", seedFile), units::forEach);
    List<SegmentView> segments =
        store.segments(stored.documentId(), Optional.empty(), Optional.empty());

    List<SourceSegment> expected = units.stream().flatMap(u -> u.segments().stream()).toList();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.units()).isEqualTo(14);
    assertThat(stored.segments()).isEqualTo(expected.size());
    assertThat(stored.words()).isEqualTo(expected.stream().mapToLong(SourceSegment::words).sum());
    assertThat(segments)
        .extracting(SegmentView::source)
        .containsExactlyElementsOf(expected.stream().map(SourceSegment::content).toList());
    assertThat(segments)
        .extracting(SegmentView::index)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, expected.size()).boxed().toList());
    assertThat(segments.get(0).source().plainText())
        .startsWith(
            "يصل المفتش العام للقوات المسلحة الملكية المغربية، بلخير الفاروق، الاثنين، إسرائيل");
    assertThat(segments.get(0))
        .extracting(SegmentView::unitIndex, SegmentView::unitKey)
        .containsExactly(0, "tu1");
  }

  @Test
  void keepsInlineCodesOfTheHashtagSegmentExactly() {
    StoredVersion stored =
        store.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);

    SegmentView hashtag =
        store.segments(stored.documentId(), Optional.empty(), Optional.empty()).stream()
            .filter(s -> !s.source().codes().isEmpty())
            .findFirst()
            .orElseThrow();

    assertThat(hashtag.source().codes())
        .first()
        .satisfies(code -> assertThat(code.data()).isEqualTo("#جيش_الدفاع"))
        .satisfies(code -> assertThat(code.type()).isEqualTo("hashtag"));
    assertThat(hashtag.source().plainText()).contains("يستضيف #جيش_الدفاع، مؤتمرًا دوليًا");
    assertThat(store.segment(hashtag.id())).contains(hashtag);
  }

  @Test
  void storesTheOriginalBytesAndDetection() throws Exception {
    StoredVersion stored =
        store.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);

    try (InputStream original = store.original(stored.versionId())) {
      assertThat(original.readAllBytes()).isEqualTo(seedBytes());
    }
    DocumentSummary summary = store.document("article").orElseThrow();
    assertThat(summary.sha256()).isEqualTo(StoreFixtures.sha256(seedFile));
    assertThat(summary.mediaType()).isEqualTo("text/plain");
    assertThat(summary.charset()).isEqualTo("UTF-8");
    assertThat(summary.source()).isEqualTo(Locale.forLanguageTag("ar"));
    assertThat(summary.targets()).containsExactly(ENGLISH, FRENCH);
    assertThat(summary.translated()).isEqualTo(Map.of(ENGLISH, 0, FRENCH, 0));
  }

  @Test
  void streamsALargeOriginalBackByteForByte() throws Exception {
    byte[] bytes = new byte[3 * 1024 * 1024 + 17];
    new java.util.Random(47).nextBytes(bytes);
    Path large = write(temp, "large.bin", bytes);

    StoredVersion stored = store.storeVersion(newVersion("large", large), units("نص")::forEach);

    try (InputStream original = store.original(stored.versionId())) {
      assertThat(original.readAllBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void refusesToStreamAnUnknownVersion() {
    assertThatThrownBy(() -> store.original(999))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("999");
  }

  @Test
  void storesAReimportAsTheNextVersionBesideTheFirst() throws Exception {
    StoredVersion first = store.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);
    Path edited = write(temp, "edited.txt", "نص جديد.".getBytes(StandardCharsets.UTF_8));

    StoredVersion second =
        store.storeVersion(newVersion("article", edited), units("نص جديد.")::forEach);

    assertThat(second.documentId()).isEqualTo(first.documentId());
    assertThat(second.version()).isEqualTo(2);
    assertThat(store.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.version()).isEqualTo(2))
        .satisfies(d -> assertThat(d.versionId()).isEqualTo(second.versionId()));
    assertThat(store.segments(first.documentId(), Optional.empty(), Optional.empty()))
        .extracting(s -> s.source().plainText(), SegmentView::version)
        .containsExactly(tuple("نص جديد.", 2));
    try (InputStream original = store.original(first.versionId())) {
      assertThat(original.readAllBytes()).isEqualTo(seedBytes());
    }
    assertThat(count(db, "document_versions")).isEqualTo(2);
  }

  @Test
  void leavesNothingBehindWhenTheProducerFailsAfterAFlush() throws Exception {
    RuntimeException failure = new IllegalStateException("extractor broke");

    assertThatThrownBy(
            () ->
                store.storeVersion(
                    newVersion("article", seedFile),
                    sink -> {
                      // Enough units for several batch flushes before the failure.
                      for (int i = 0; i < 3 * VersionWriter.FLUSH_ROWS; i++) {
                        sink.accept(
                            new SourceUnit(
                                i,
                                "u" + i,
                                List.of(StoreFixtures.segment(Content.ofText("جملة " + i + ".")))));
                      }
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(count(db, "documents")).isZero();
    assertThat(count(db, "document_versions")).isZero();
    assertThat(count(db, "text_units")).isZero();
    assertThat(count(db, "segments")).isZero();
    assertThat(store.documents()).isEmpty();
  }

  @Test
  void keepsTheEarlierVersionWhenANewVersionFails() {
    StoredVersion first = store.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);

    assertThatThrownBy(
            () ->
                store.storeVersion(
                    newVersion("article", seedFile),
                    sink -> {
                      sink.accept(units("نص").get(0));
                      throw new InvalidInputException("article.txt: no translatable text found");
                    }))
        .isInstanceOf(InvalidInputException.class);

    assertThat(store.document("article"))
        .get()
        .extracting(DocumentSummary::version, DocumentSummary::segments)
        .containsExactly(1, first.segments());
  }

  @Test
  void refusesANewVersionInAnotherSourceLanguage() {
    store.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);
    NewVersion french =
        new NewVersion(
            "article",
            FRENCH,
            List.of(ENGLISH),
            newVersion("x", seedFile).detection(),
            seedFile,
            StoreFixtures.sha256(seedFile));

    assertThatThrownBy(() -> store.storeVersion(french, units("texte")::forEach))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--source ar");
    assertThat(store.document("article")).get().extracting(DocumentSummary::version).isEqualTo(1);
  }

  @Test
  void findsADocumentByIdOrByName() {
    StoredVersion stored =
        store.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);
    store.storeVersion(newVersion("2024", seedFile), units("نص")::forEach);

    assertThat(store.document(Long.toString(stored.documentId())))
        .get()
        .extracting(DocumentSummary::name)
        .isEqualTo("article");
    assertThat(store.document("article"))
        .get()
        .extracting(DocumentSummary::id)
        .isEqualTo(stored.documentId());
    // All digits but no such id: then it is a name.
    assertThat(store.document("2024")).get().extracting(DocumentSummary::name).isEqualTo("2024");
    assertThat(store.document("99999999999999999999999")).isEmpty();
    assertThat(store.document("missing")).isEmpty();
    assertThat(store.segment(123456)).isEmpty();
  }

  @Test
  void listsDocumentsByName() {
    store.storeVersion(newVersion("zeta", seedFile), units("نص")::forEach);
    store.storeVersion(newVersion("alpha", seedFile), units("نص")::forEach);

    assertThat(store.documents())
        .extracting(DocumentSummary::name)
        .containsExactly("alpha", "zeta");
  }

  @Test
  void refusesSegmentsAndStatsOfAnUnknownDocument() {
    assertThatThrownBy(() -> store.segments(42, Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("there is no document with id 42");
    assertThatThrownBy(() -> store.stats(42)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void readsAVersionLargerThanOneReadChunkInOrderAcrossTheChunkBoundaries() throws Exception {
    int size = 2 * SegmentReader.CHUNK_ROWS + 3;
    String[] unitTexts = new String[size / 10 + 1];
    for (int u = 0; u < unitTexts.length; u++) {
      StringBuilder text = new StringBuilder();
      for (int i = u * 10; i < Math.min(size, u * 10 + 10); i++) {
        text.append(text.length() == 0 ? "" : "|").append("جملة ").append(i + 1).append('.');
      }
      unitTexts[u] = text.toString();
    }
    StoredVersion stored =
        store.storeVersion(newVersion("big", seedFile), units(unitTexts)::forEach);
    long doc = stored.documentId();
    List<SegmentView> all = store.segments(doc, Optional.empty(), Optional.empty());
    List<Integer> translated =
        List.of(1, SegmentReader.CHUNK_ROWS, SegmentReader.CHUNK_ROWS + 1, size);
    for (int position : translated) {
      insertTranslation(
          db, all.get(position - 1).id(), ENGLISH, "T" + position, "translated");
    }

    List<SegmentView> english = store.segments(doc, Optional.of(ENGLISH), Optional.empty());
    assertThat(english)
        .extracting(SegmentView::index)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, size).boxed().toList());
    assertThat(english.get(size - 1).source().coded()).isEqualTo("جملة " + size + ".");
    assertThat(english.get(SegmentReader.CHUNK_ROWS).translations())
        .extracting(t -> t.content().coded())
        .containsExactly("T" + (SegmentReader.CHUNK_ROWS + 1));
    assertThat(store.segments(doc, Optional.of(ENGLISH), Optional.of(Status.TRANSLATED)))
        .extracting(SegmentView::index)
        .containsExactlyElementsOf(translated);
    assertThat(store.segments(doc, Optional.of(ENGLISH), Optional.of(Status.NEW)))
        .hasSize(size - translated.size())
        .extracting(SegmentView::index)
        .doesNotContainAnyElementsOf(translated);
  }

  @Test
  void readsAVersionPageByPageInPositionOrderWithTheTranslationIntoOneLanguage()
      throws Exception {
    StoredVersion stored =
        store.storeVersion(
            newVersion("paged", seedFile),
            units("أولى.|ثانية.", "ثالثة.", "رابعة.|خامسة.")::forEach);
    long doc = stored.documentId();
    List<SegmentView> all = store.segments(doc, Optional.empty(), Optional.empty());
    insertTranslation(db, all.get(2).id(), ENGLISH, "Third.", "translated");

    List<SegmentView> first = store.segments(doc, 1, ENGLISH, 0, 2);
    List<SegmentView> second = store.segments(doc, 1, ENGLISH, 2, 2);
    List<SegmentView> last = store.segments(doc, 1, ENGLISH, 4, 2);

    assertThat(first).extracting(SegmentView::index).containsExactly(1, 2);
    assertThat(second).extracting(SegmentView::index).containsExactly(3, 4);
    assertThat(last).extracting(SegmentView::index).containsExactly(5);
    assertThat(store.segments(doc, 1, ENGLISH, 5, 2)).isEmpty();
    assertThat(second.get(0).translations())
        .extracting(t -> t.content().coded())
        .containsExactly("Third.");
    assertThat(first.get(1).unitIndex()).isEqualTo(first.get(0).unitIndex());
    assertThatThrownBy(() -> store.segments(doc, 2, ENGLISH, 0, 2))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void returnsTranslationsAndFiltersByTheirStatus() throws Exception {
    StoredVersion stored =
        store.storeVersion(newVersion("doc", seedFile), units("أول.|ثان.", "ثالث.")::forEach);
    List<SegmentView> segments =
        store.segments(stored.documentId(), Optional.empty(), Optional.empty());
    insertTranslation(db, segments.get(0).id(), ENGLISH, "First.", "translated");
    insertTranslation(db, segments.get(0).id(), FRENCH, "Premier.", "draft");
    insertTranslation(db, segments.get(1).id(), ENGLISH, "Second.", "needs-review");

    long doc = stored.documentId();
    assertThat(store.segments(doc, Optional.of(ENGLISH), Optional.of(Status.NEW)))
        .extracting(SegmentView::index)
        .containsExactly(3);
    assertThat(store.segments(doc, Optional.of(FRENCH), Optional.of(Status.NEW)))
        .extracting(SegmentView::index)
        .containsExactly(2, 3);
    assertThat(store.segments(doc, Optional.of(ENGLISH), Optional.of(Status.NEEDS_REVIEW)))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.translations())
                    .extracting(t -> t.content().coded())
                    .containsExactly("Second."));
    assertThat(store.segments(doc, Optional.of(ENGLISH), Optional.empty()).get(0).translations())
        .extracting(TranslationView::target)
        .containsExactly(ENGLISH);
    assertThat(store.segments(doc, Optional.empty(), Optional.empty()).get(0).translations())
        .extracting(TranslationView::target)
        .containsExactly(ENGLISH, FRENCH);
    assertThat(store.segment(segments.get(0).id()).orElseThrow().translations())
        .containsExactly(
            new TranslationView(
                ENGLISH,
                Content.ofText("First."),
                Status.TRANSLATED,
                Origin.TM_FUZZY,
                87,
                StoreFixtures.CHANGED_AT.toInstant()),
            new TranslationView(
                FRENCH,
                Content.ofText("Premier."),
                Status.DRAFT,
                Origin.TM_FUZZY,
                87,
                StoreFixtures.CHANGED_AT.toInstant()));
    assertThat(store.document("doc").orElseThrow().translated())
        .isEqualTo(Map.of(ENGLISH, 2, FRENCH, 1));
    DocumentSummary uncounted = store.documentWithoutProgress("doc").orElseThrow();
    assertThat(uncounted.translated()).isEmpty();
    assertThat(uncounted)
        .usingRecursiveComparison()
        .ignoringFields("translated")
        .isEqualTo(store.document("doc").orElseThrow());
  }

  @Test
  void findsTextWrittenWithAnotherTehMarbutaAndReportsWhereItIs() {
    store.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);

    List<FindHit> hits = store.find("الاستراتيجيه", 10);

    assertThat(hits)
        .hasSize(2)
        .allSatisfy(
            hit -> {
              assertThat(hit.documentName()).isEqualTo("article");
              assertThat(hit.source().substring(hit.start(), hit.end())).isEqualTo("الاستراتيجية");
            });
    assertThat(hits).extracting(FindHit::index).isSorted();
  }

  @Test
  void findsVocalisedTextWithAnUnvocalisedQuery() {
    store.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);

    List<FindHit> hits = store.find("مؤتمرا دوليا", 10);

    assertThat(hits)
        .isNotEmpty()
        .allSatisfy(
            hit ->
                assertThat(hit.source().substring(hit.start(), hit.end()))
                    .isEqualTo("مؤتمرًا دوليًا"));
  }

  @Test
  void findsTextWhateverTheQuerysAlefFormTatweelAndDiacritics() {
    store.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);

    List<FindHit> plain = store.find("إسرائيل", 50);

    assertThat(plain).isNotEmpty();
    assertThat(store.find("اسـرائيل", 50)).isEqualTo(plain);
    assertThat(store.find("إِسْرَائِيل", 50)).isEqualTo(plain);
    assertThat(plain.get(0).source().substring(plain.get(0).start(), plain.get(0).end()))
        .isEqualTo("إسرائيل");
  }

  @Test
  void findsOnlyInLatestVersionsAndHonoursTheLimit() {
    store.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);
    store.storeVersion(newVersion("article", seedFile), units("الرباط.|الرباط مرة أخرى.")::forEach);

    assertThat(store.find("الرباط", 10))
        .extracting(FindHit::version, FindHit::index)
        .containsExactly(tuple(2, 1), tuple(2, 2));
    assertThat(store.find("الرباط", 1)).hasSize(1);
  }

  @Test
  void treatsLikeWildcardsInTheQueryAsText() {
    store.storeVersion(
        newVersion("doc", seedFile), units("نسبة 50% تقريبا.", "بدون نسبة.", "a_b")::forEach);

    assertThat(store.find("%", 10)).extracting(FindHit::index).containsExactly(1);
    assertThat(store.find("_", 10)).extracting(FindHit::index).containsExactly(3);
  }

  @Test
  void refusesAnEmptyQuery() {
    assertThatThrownBy(() -> store.find(" \u0640 ", 10)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void countsRepetitionsWordsAndCharacters() {
    StoredVersion stored =
        store.storeVersion(
            newVersion("doc", seedFile),
            units(
                    "وصل الوفد إلى الرباط.|وصل الوفد إلى الرباط .",
                    "جملة أخرى.",
                    "وصل الوفد إلى الرباط.")
                ::forEach);

    DocumentStats stats = store.stats(stored.documentId());

    assertThat(stats.documentName()).isEqualTo("doc");
    assertThat(stats.version()).isEqualTo(1);
    assertThat(stats.segments()).isEqualTo(4);
    assertThat(stats.words()).isEqualTo(4 + 5 + 2 + 4);
    // Characters without whitespace: 18 + 18 + 9 + 18.
    assertThat(stats.characters()).isEqualTo(18 + 18 + 9 + 18);
    assertThat(stats.repeatedSegments()).isEqualTo(2);
    assertThat(stats.repeatedWords()).isEqualTo(5 + 4);
  }
}
