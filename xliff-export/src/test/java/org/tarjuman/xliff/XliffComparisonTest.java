package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.xliff.Rejection.Reason;
import org.tarjuman.xliff.model.ContentBuilder;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.model.ReturnedUnit;
import org.tarjuman.xliff.model.XliffVersion;

class XliffComparisonTest {

  private static final List<Locale> TARGETS = List.of(SeedArticle.EN);

  private final List<SegmentView> stored = ExportFixture.segments();
  private final int hashtag = ExportFixture.hashtagIndex(stored);
  private final XliffComparison comparison = new XliffComparison();

  private SegmentView segment(int index) {
    return stored.get(index);
  }

  /** A returned unit as a reader gives it: source codes without type, data from the file. */
  private static ReturnedUnit unit(SegmentView segment, String target, Status state) {
    return unit(segment, Content.ofText(target), Optional.ofNullable(state));
  }

  private static ReturnedUnit unit(SegmentView segment, Content target, Optional<Status> state) {
    return new ReturnedUnit(
        "s" + segment.id(),
        fromFile(segment.source()),
        Optional.of(target),
        state,
        List.of("note"));
  }

  private static Content fromFile(Content content) {
    List<InlineCode> codes = new ArrayList<>();
    for (InlineCode code : content.codes()) {
      codes.add(new InlineCode(code.kind(), code.id(), "", code.data()));
    }
    return new Content(content.coded(), codes);
  }

  private static ReturnedFile file(Locale target, int version, ReturnedUnit... units) {
    return new ReturnedFile(
        XliffVersion.V1_2,
        SeedArticle.AR,
        target,
        SeedArticle.NAME,
        SeedArticle.DOCUMENT_ID,
        version,
        List.of(units));
  }

  private ImportPlan compare(ReturnedUnit... units) {
    return comparison.compare(
        file(SeedArticle.EN, SeedArticle.VERSION, units), stored, TARGETS, SeedArticle.VERSION);
  }

  @Test
  void updatesATargetThatDiffersFromTheStoredTranslationWithItsState() {
    ImportPlan plan =
        compare(unit(segment(ExportFixture.DRAFT), "Operational innovation.", Status.TRANSLATED));

    assertThat(plan.updates())
        .containsExactly(
            new TargetUpdate(
                segment(ExportFixture.DRAFT).id(),
                "s" + segment(ExportFixture.DRAFT).id(),
                Content.ofText("Operational innovation."),
                Status.TRANSLATED));
    assertThat(plan.updated()).isEqualTo(1);
    assertThat(plan.updates().get(0).confirmed()).isTrue();
  }

  @Test
  void countsATargetEqualToTheStoredTranslationAsUnchanged() {
    ImportPlan plan =
        compare(
            unit(
                segment(ExportFixture.TRANSLATED),
                "The Moroccan delegation will be received.",
                Status.TRANSLATED),
            unit(segment(ExportFixture.REVIEWED), "This is the first visit.", null));

    assertThat(plan.unchanged()).isEqualTo(2);
    assertThat(plan.updates()).isEmpty();
  }

  @Test
  void updatesATranslationWhoseStateAloneChanged() {
    ImportPlan plan =
        compare(
            unit(
                segment(ExportFixture.TRANSLATED),
                "The Moroccan delegation will be received.",
                Status.REVIEWED));

    assertThat(plan.updates())
        .singleElement()
        .satisfies(u -> assertThat(u.status()).isEqualTo(Status.REVIEWED));
  }

  @Test
  void countsMissingAndBlankTargetsAsEmptyAndChangesNothing() {
    SegmentView untranslated = segment(9);
    ReturnedUnit missing =
        new ReturnedUnit(
            "s" + untranslated.id(),
            untranslated.source(),
            Optional.empty(),
            Optional.empty(),
            List.of());
    ReturnedUnit blank = unit(segment(ExportFixture.TRANSLATED), "  ", Status.NEW);

    ImportPlan plan = compare(missing, blank);

    assertThat(plan.empty()).isEqualTo(2);
    assertThat(plan.updates()).isEmpty();
    assertThat(plan.rejections()).isEmpty();
  }

  @Test
  void storesATargetWithoutStateAsTranslatedAndOneMarkedNewAsDraft() {
    ImportPlan plan =
        compare(
            unit(segment(9), "The army says so.", null),
            unit(segment(10), "The two countries signed.", Status.NEW));

    assertThat(plan.updates())
        .extracting(TargetUpdate::status)
        .containsExactly(Status.TRANSLATED, Status.DRAFT);
    assertThat(plan.updates().get(1).confirmed()).isFalse();
  }

  @Test
  void putsTheStoredInlineCodesIntoTheUpdatedTarget() {
    SegmentView segment = segment(hashtag);
    Content target =
        SeedArticle.withCodes(
            "The army's {0} hosts a conference.", fromFile(segment.source()).codes());

    ImportPlan plan = compare(unit(segment, target, Optional.of(Status.TRANSLATED)));

    assertThat(plan.updates())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.target().codes()).containsExactlyElementsOf(segment.source().codes());
              assertThat(u.target().plainText())
                  .isEqualTo("The army's #جيش_الدفاع hosts a conference.");
            });
  }

  @Test
  void rejectsAUnitWhoseIdNamesNoStoredSegment() {
    ReturnedUnit unknown =
        new ReturnedUnit(
            "s999999",
            segment(0).source(),
            Optional.of(Content.ofText("x")),
            Optional.empty(),
            List.of());
    ReturnedUnit foreign =
        new ReturnedUnit(
            "tu1",
            segment(0).source(),
            Optional.of(Content.ofText("x")),
            Optional.empty(),
            List.of());

    ImportPlan plan = compare(unknown, foreign);

    assertThat(plan.rejections())
        .extracting(Rejection::reason)
        .containsExactly(Reason.UNKNOWN_UNIT, Reason.UNKNOWN_UNIT);
    assertThat(plan.rejections().get(0).message()).startsWith("unit s999999: ");
    assertThat(plan.rejections().get(1).message()).startsWith("unit tu1: ");
  }

  @Test
  void rejectsAUnitWhoseSourceWasEdited() {
    SegmentView segment = segment(4);
    ReturnedUnit edited =
        new ReturnedUnit(
            "s" + segment.id(),
            Content.ofText(segment.source().coded().replace("الرباط", "طنجة")),
            Optional.of(Content.ofText("x")),
            Optional.empty(),
            List.of());

    ImportPlan plan = compare(edited);

    assertThat(plan.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(Reason.SOURCE_CHANGED);
              assertThat(r.message())
                  .startsWith("unit s" + segment.id() + ": the source text differs");
            });
  }

  @Test
  void acceptsASourceThatDiffersOnlyInWhiteSpaceAndUnicodeNormalisation() {
    SegmentView cafe =
        new SegmentView(
            500,
            SeedArticle.DOCUMENT_ID,
            SeedArticle.NAME,
            SeedArticle.VERSION,
            0,
            "tu",
            1,
            Content.ofText("Caf\u00e9 au lait"),
            3,
            List.of());
    ReturnedUnit returned =
        new ReturnedUnit(
            "s500",
            Content.ofText(" Cafe\u0301  au\nlait "),
            Optional.of(Content.ofText("Coffee with milk")),
            Optional.empty(),
            List.of());

    ImportPlan plan =
        comparison.compare(
            file(SeedArticle.EN, SeedArticle.VERSION, returned),
            List.of(cafe),
            TARGETS,
            SeedArticle.VERSION);

    assertThat(plan.rejections()).isEmpty();
    assertThat(plan.updated()).isEqualTo(1);
  }

  @Test
  void rejectsATargetThatLostAnInlineCodeNamingTheCode() {
    SegmentView segment = segment(hashtag);

    ImportPlan plan = compare(unit(segment, "The army hosts a conference.", Status.TRANSLATED));

    assertThat(plan.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(Reason.MISSING_CODE);
              assertThat(r.message())
                  .isEqualTo(
                      "unit s"
                          + segment.id()
                          + ": the target lacks the inline code 1 (#جيش_الدفاع); put it back where"
                          + " it belongs in the translation");
            });
  }

  @Test
  void rejectsATargetWithACodeTheSourceDoesNotHaveOrHasFewerTimes() {
    SegmentView segment = segment(hashtag);
    List<InlineCode> codes = fromFile(segment.source()).codes();
    Content twice = SeedArticle.withCodes("{0} and {1}", List.of(codes.get(0), codes.get(0)));
    Content foreign =
        SeedArticle.withCodes(
            "{0} {1}",
            List.of(codes.get(0), new InlineCode(InlineCode.Kind.PLACEHOLDER, -1, "", "<br/>")));

    ImportPlan plan =
        compare(unit(segment, twice, Optional.empty()), unit(segment, foreign, Optional.empty()));

    assertThat(plan.rejections())
        .extracting(Rejection::reason)
        .containsExactly(Reason.EXTRA_CODE, Reason.EXTRA_CODE);
    assertThat(plan.rejections().get(1).message())
        .contains("the inline code with an unknown id (<br/>)");
  }

  @Test
  void rejectsEveryUnitWhenTheFileIsForAnotherTargetLanguage() {
    ReturnedFile french =
        file(
            Locale.forLanguageTag("fr"),
            SeedArticle.VERSION,
            unit(segment(1), "Bonjour", Status.TRANSLATED),
            unit(segment(2), "Salut", null));

    ImportPlan plan = comparison.compare(french, stored, TARGETS, SeedArticle.VERSION);

    assertThat(plan.rejections())
        .extracting(Rejection::reason)
        .containsOnly(Reason.WRONG_TARGET_LANGUAGE)
        .hasSize(2);
    assertThat(plan.rejected()).isEqualTo(2);
    assertThat(plan.rejections().get(0).message())
        .contains("the file's target language is fr, but the document is translated into en");
  }

  @Test
  void takesARegionalTargetForTheDocumentsLanguage() {
    ReturnedFile american =
        file(
            Locale.forLanguageTag("en-US"),
            SeedArticle.VERSION,
            unit(segment(9), "The army says so.", Status.TRANSLATED));

    ImportPlan plan = comparison.compare(american, stored, TARGETS, SeedArticle.VERSION);

    assertThat(plan.target()).isEqualTo(SeedArticle.EN);
    assertThat(plan.updated()).isEqualTo(1);
  }

  @Test
  void rejectsEveryUnitOfASupersededVersion() {
    ReturnedFile old =
        file(
            SeedArticle.EN,
            SeedArticle.VERSION,
            unit(segment(9), "The army says so.", Status.TRANSLATED));

    ImportPlan plan = comparison.compare(old, stored, TARGETS, SeedArticle.VERSION + 1);

    assertThat(plan.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(Reason.VERSION_SUPERSEDED);
              assertThat(r.message())
                  .contains("exported from version 2, and version 3 has replaced it");
            });
    assertThat(plan.updates()).isEmpty();
  }

  @Test
  void rejectsEveryUnitOfAVersionThatDoesNotExist() {
    ReturnedFile future =
        file(
            SeedArticle.EN,
            SeedArticle.VERSION,
            unit(segment(9), "The army says so.", Status.TRANSLATED));

    ImportPlan plan = comparison.compare(future, stored, TARGETS, SeedArticle.VERSION - 1);

    assertThat(plan.rejections())
        .extracting(Rejection::reason)
        .containsExactly(Reason.UNKNOWN_VERSION);
  }

  @Test
  void refusesStoredSegmentsOfAnotherDocument() {
    SegmentView other =
        new SegmentView(1, 99, "other", 1, 0, "tu", 1, Content.ofText("x"), 1, List.of());

    assertThatThrownBy(
            () ->
                comparison.compare(
                    file(SeedArticle.EN, SeedArticle.VERSION),
                    List.of(other),
                    TARGETS,
                    SeedArticle.VERSION))
        .isInstanceOf(IllegalArgumentException.class);
  }
  @Test
  void anArabicPluralFormThatOneNumberSelectsMayLeaveOutTheNumberButOthersMayNot() {
    Locale arabic = Locale.forLanguageTag("ar");
    InlineCode number = new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "x-printf", "%d");
    Content source =
        new ContentBuilder().appendCode(number).appendText(" files were deleted.").build(false);
    SegmentView one = pluralForm(701, "files.deleted[1]", source, arabic);
    SegmentView few = pluralForm(703, "files.deleted[3]", source, arabic);

    ImportPlan plan =
        comparison.compare(
            new ReturnedFile(
                XliffVersion.V1_2,
                Locale.ENGLISH,
                arabic,
                SeedArticle.NAME,
                SeedArticle.DOCUMENT_ID,
                SeedArticle.VERSION,
                List.of(
                    unit(one, Content.ofText("حُذف ملف واحد."), Optional.empty()),
                    unit(few, Content.ofText("حُذفت ملفات."), Optional.empty()))),
            List.of(one, few),
            List.of(arabic),
            SeedArticle.VERSION);

    assertThat(plan.updates())
        .singleElement()
        .satisfies(u -> assertThat(u.segmentId()).isEqualTo(701));
    assertThat(plan.rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(Reason.MISSING_CODE));
  }

  private static SegmentView pluralForm(long id, String key, Content source, Locale target) {
    return new SegmentView(
        id,
        SeedArticle.DOCUMENT_ID,
        SeedArticle.NAME,
        SeedArticle.VERSION,
        (int) id,
        key,
        1,
        source,
        4,
        List.of(),
        "",
        true);
  }
}
