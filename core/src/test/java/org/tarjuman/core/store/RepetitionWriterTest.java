package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.tarjuman.core.store.StoreFixtures.ARABIC;
import static org.tarjuman.core.store.StoreFixtures.ENGLISH;
import static org.tarjuman.core.store.StoreFixtures.FRENCH;
import static org.tarjuman.core.store.StoreFixtures.newVersion;
import static org.tarjuman.core.store.StoreFixtures.seedBytes;
import static org.tarjuman.core.store.StoreFixtures.seedUnits;
import static org.tarjuman.core.store.StoreFixtures.units;
import static org.tarjuman.core.store.StoreFixtures.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.SourceUnit;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.text.ArabicNormaliser;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RepetitionWriterTest {

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
  void copiesAConfirmedTranslationToTheSeedArticlesRepeatedSentenceAsADraft() {
    List<SegmentView> seed = storeSeed();
    List<SegmentView> repeated = repeatedPair(seed);
    SegmentView first = repeated.get(0);
    SegmentView second = repeated.get(1);

    AppliedTranslations applied =
        translations.apply(
            batch(first, update(first, "The memorandum allows more.", Status.TRANSLATED)));

    assertThat(applied.added()).isEqualTo(1);
    assertThat(applied.repetitions()).isEqualTo(1);
    TranslationView copy = translation(second, ENGLISH);
    assertThat(copy.content().plainText()).isEqualTo("The memorandum allows more.");
    assertThat(copy.status()).isEqualTo(Status.DRAFT);
    assertThat(copy.origin()).isEqualTo(Origin.REPETITION);
    assertThat(translationCount(ENGLISH)).isEqualTo(2);
    assertThat(translationCount(FRENCH)).isZero();
  }

  @Test
  void leavesRepetitionsAloneForADraftAndWhenTheBatchTranslatesThemToo() {
    List<SegmentView> repeated = repeatedPair(storeSeed());
    SegmentView first = repeated.get(0);
    SegmentView second = repeated.get(1);

    AppliedTranslations draft =
        translations.apply(batch(first, update(first, "Only a draft.", Status.DRAFT)));
    assertThat(draft.repetitions()).isZero();
    assertThat(documents.segment(second.id()).orElseThrow().translations()).isEmpty();

    AppliedTranslations both =
        translations.apply(
            batch(
                first,
                update(first, "One way.", Status.TRANSLATED),
                update(second, "Another way.", Status.TRANSLATED)));
    assertThat(both.repetitions()).isZero();
    assertThat(translation(second, ENGLISH).content().plainText()).isEqualTo("Another way.");
  }

  @Test
  void replacesAMachineDraftKeepingItsHistoryButNeverAHumanDraft() {
    StoredVersion stored =
        documents.storeVersion(newVersion("short", seedFile), units("نعم.|لا.|نَعم.|نعم.")::forEach);
    List<SegmentView> s =
        documents.segments(stored.documentId(), Optional.empty(), Optional.empty());
    translations.apply(
        new TranslationBatch(
            stored.documentId(),
            1,
            ENGLISH,
            Origin.TM_EXACT,
            List.of(update(s.get(2), "Yes (TM).", Status.DRAFT))));
    translations.apply(batch(s.get(3), update(s.get(3), "Yes (mine).", Status.DRAFT)));

    AppliedTranslations applied =
        translations.apply(batch(s.get(0), update(s.get(0), "Yes.", Status.REVIEWED)));

    assertThat(applied.repetitions()).isEqualTo(1);
    assertThat(translation(s.get(2), ENGLISH).content().plainText()).isEqualTo("Yes.");
    assertThat(translation(s.get(2), ENGLISH).origin()).isEqualTo(Origin.REPETITION);
    List<EarlierTranslation> history = translations.history(s.get(2).id(), ENGLISH);
    assertThat(history).singleElement();
    assertThat(history.get(0).translation().origin()).isEqualTo(Origin.TM_EXACT);
    assertThat(translation(s.get(3), ENGLISH).content().plainText()).isEqualTo("Yes (mine).");
    assertThat(documents.segment(s.get(1).id()).orElseThrow().translations()).isEmpty();
  }

  @Test
  void aSegmentWithOtherInlineCodesIsNoRepetition() {
    StoredVersion stored =
        documents.storeVersion(
            newVersion("codes", seedFile),
            List.of(
                    new SourceUnit(
                        0,
                        "u0",
                        List.of(
                            StoreFixtures.segment(StoreFixtures.protect("شكرا #المغرب")),
                            StoreFixtures.segment(StoreFixtures.protect("شكرا #اسرائيل")),
                            StoreFixtures.segment(StoreFixtures.protect("شكرا #المغرب")))))
                ::forEach);
    List<SegmentView> s =
        documents.segments(stored.documentId(), Optional.empty(), Optional.empty());
    Content thanks = s.get(0).source();
    String code = thanks.coded().substring(thanks.coded().length() - 2);

    AppliedTranslations applied =
        translations.apply(
            batch(
                s.get(0),
                new TranslationUpdate(
                    s.get(0).id(),
                    new Content("Thanks " + code, thanks.codes()),
                    Status.TRANSLATED)));

    assertThat(applied.repetitions()).isEqualTo(1);
    assertThat(documents.segment(s.get(1).id()).orElseThrow().translations()).isEmpty();
    assertThat(translation(s.get(2), ENGLISH).content().plainText()).isEqualTo("Thanks #المغرب");
  }

  @Test
  void aGettextPluralFormRepeatsOnlyTheSameFormOfAnotherEntryAndFeedsNoTm() {
    // deleted[2] and trash[2] are one plural category; deleted[1..3] three, of one entry.
    Path po = write(temp, "app.po", "msgid \"Save\"\nmsgstr \"\"\n".getBytes(UTF_8));
    String[][] units = {
      {"deleted[0]", "One file deleted."},
      {"deleted[1]", "Files deleted."},
      {"deleted[2]", "Files deleted."},
      {"deleted[3]", "Files deleted."},
      {"trash[2]", "Files deleted."},
      {"Files deleted.", "Files deleted."},
      {"Save", "Save"},
      {"toolbar", "Save"},
    };
    List<SourceUnit> sourceUnits = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      sourceUnits.add(
          new SourceUnit(
              i, units[i][0], List.of(StoreFixtures.segment(Content.ofText(units[i][1]))), ""));
    }
    StoredVersion stored =
        documents.storeVersion(
            new NewVersion(
                "app.po",
                ENGLISH,
                List.of(ARABIC),
                new Detection(
                    Format.PO, Format.PO.mediaType(), Optional.of(UTF_8), /* bom= */ false),
                po,
                StoreFixtures.sha256(po)),
            sourceUnits::forEach);
    List<SegmentView> s =
        documents.segments(stored.documentId(), Optional.empty(), Optional.empty());

    AppliedTranslations applied =
        translations.apply(
            new TranslationBatch(
                stored.documentId(),
                1,
                ARABIC,
                Origin.XLIFF,
                List.of(
                    update(s.get(2), "حُذف ملفان.", Status.TRANSLATED),
                    update(s.get(6), "حفظ", Status.TRANSLATED))));

    assertThat(applied.repetitions()).isEqualTo(2);
    assertThat(applied.tmUnitsAdded()).isEqualTo(1);
    assertThat(s)
        .extracting(
            segment ->
                documents.segment(segment.id()).orElseThrow().translations().stream()
                    .map(t -> t.origin().label())
                    .findFirst()
                    .orElse("none"))
        .containsExactly(
            "none", "none", "xliff", "none", "repetition", "none", "xliff", "repetition");
    assertThat(documents.stats(stored.documentId()).repeatedSegments()).isEqualTo(2);
  }

  // --- helpers

  private List<SegmentView> storeSeed() {
    StoredVersion stored =
        documents.storeVersion(newVersion("article", seedFile), seedUnits()::forEach);
    return documents.segments(stored.documentId(), Optional.empty(), Optional.empty());
  }

  /** The seed article's two occurrences of one sentence (it repeats one exactly). */
  private static List<SegmentView> repeatedPair(List<SegmentView> seed) {
    for (int i = 0; i < seed.size(); i++) {
      for (int j = i + 1; j < seed.size(); j++) {
        if (ArabicNormaliser.normalise(seed.get(i).source())
            .equals(ArabicNormaliser.normalise(seed.get(j).source()))) {
          return List.of(seed.get(i), seed.get(j));
        }
      }
    }
    throw new AssertionError("the seed article has no repeated sentence");
  }

  private TranslationView translation(SegmentView segment, Locale target) {
    return documents.segment(segment.id()).orElseThrow().translations().stream()
        .filter(t -> t.target().equals(target))
        .findFirst()
        .orElseThrow();
  }

  private long translationCount(Locale target) {
    long id = documents.document("article").orElseThrow().id();
    return documents.segments(id, Optional.of(target), Optional.empty()).stream()
        .filter(s -> !s.translations().isEmpty())
        .count();
  }

  private static TranslationUpdate update(SegmentView segment, String text, Status status) {
    return new TranslationUpdate(segment.id(), Content.ofText(text), status);
  }

  private static TranslationBatch batch(SegmentView any, TranslationUpdate... updates) {
    return new TranslationBatch(
        any.documentId(), any.version(), ENGLISH, Origin.XLIFF, List.of(updates));
  }
}
