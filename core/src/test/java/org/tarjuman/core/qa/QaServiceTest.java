package org.tarjuman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.QaSeverity;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.segment.TokenCodeFinder;

/**
 * Each check, run the way {@code qa} runs it (through {@link QaService}), so that a check left out
 * of the service fails its test here.
 */
class QaServiceTest {

  static final Locale AR = Locale.forLanguageTag("ar");
  static final Locale EN = Locale.forLanguageTag("en");
  static final String SOURCE = "وصل الوفد إلى الرباط يوم الاثنين.";
  static final String GOOD = "The delegation arrived in Rabat on Monday.";

  private final QaService qa = new QaService(new TokenCodeFinder());

  static SegmentView segment(long id, int position, String source, String target) {
    return segment(id, position, Content.ofText(source), Content.ofText(target), Status.TRANSLATED);
  }

  static SegmentView segment(long id, int position, Content source, Content target, Status status) {
    List<TranslationView> translations =
        target == null
            ? List.of()
            : List.of(new TranslationView(EN, target, status, Origin.XLIFF, null, Instant.EPOCH));
    return new SegmentView(id, 1, "article", 1, 0, "tu" + id, position, source, 7, translations);
  }

  private List<QaIssue> issues(String source, String target) {
    return qa.check(segment(42, 3, source, target), List.of(), AR, EN);
  }

  private List<String> checks(String source, String target) {
    return issues(source, target).stream().map(QaIssue::check).toList();
  }

  @Test
  void aGoodTranslationHasNoIssue() {
    assertThat(issues(SOURCE, GOOD)).isEmpty();
  }

  @Test
  void namesTheSegmentByIdAndPosition() {
    assertThat(issues(SOURCE, ""))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.segmentId()).isEqualTo(42);
              assertThat(i.position()).isEqualTo(3);
              assertThat(i.check()).isEqualTo("empty-target");
              assertThat(i.severity()).isEqualTo(QaSeverity.HIGH);
              assertThat(i.message()).contains("empty");
            });
  }

  @Test
  void checkMateFlagsATargetSameAsTheSource() {
    assertThat(checks(SOURCE, SOURCE)).contains("same-as-source");
  }

  @Test
  void checkMateFlagsLeadingAndTrailingWhitespace() {
    assertThat(checks(SOURCE, " " + GOOD)).containsExactly("leading-whitespace");
    assertThat(checks(SOURCE, GOOD + "  ")).containsExactly("trailing-whitespace");
  }

  @Test
  void checkMateFlagsADoubledWord() {
    assertThat(issues(SOURCE, "The delegation arrived in in Rabat on Monday."))
        .singleElement()
        .satisfies(i -> assertThat(i.check()).isEqualTo("doubled-word"))
        .satisfies(i -> assertThat(i.message()).contains("in"));
  }

  @Test
  void checkMateFlagsAMissingMarkupCode() {
    Content source =
        new Content(
            "وصل "
                + Content.OPENING
                + (char) Content.INDEX_BASE
                + "الوفد"
                + Content.CLOSING
                + (char) (Content.INDEX_BASE + 1)
                + " اليوم.",
            List.of(
                new InlineCode(InlineCode.Kind.OPENING, 1, "bold", "<b>"),
                new InlineCode(InlineCode.Kind.CLOSING, 1, "bold", "</b>")));
    SegmentView s =
        segment(7, 1, source, Content.ofText("The delegation arrived today."), Status.DRAFT);
    assertThat(qa.check(s, List.of(), AR, EN)).extracting(QaIssue::check).contains("inline-codes");
  }

  @Test
  void checkMateFlagsATargetFarLongerThanItsSource() {
    assertThat(checks("وصل.", "The delegation arrived in Rabat on Monday, after a long journey."))
        .contains("length");
  }

  @Test
  void numbersAreEqualAcrossArabicIndicAndLatinDigits() {
    assertThat(
            checks(
                "بدأ في ١٢ سبتمبر ٢٠٢٢ واستمر ۳ أيام.",
                "It began on 12 September 2022 for 3 days."))
        .doesNotContain("numbers");
    assertThat(checks("بلغ ١٬٠٠٠٫٥ دولار.", "It reached 1,000.5 dollars."))
        .doesNotContain("numbers");
  }

  @Test
  void reportsAMissingAndAnExtraNumber() {
    assertThat(issues("من 12 إلى 15 سبتمبر.", "From 12 to 16 September."))
        .filteredOn(i -> i.check().equals("numbers"))
        .extracting(QaIssue::message)
        .containsExactly(
            "number 15 missing from the target", "number 16 in the target but not in the source");
  }

  @Test
  void numbersInsideUrlsAndHashtagsDoNotCount() {
    assertThat(checks("انظر example.com/2022 و #عام_2022", "See example.com/2022 and #عام_2022"))
        .doesNotContain("numbers");
  }

  @Test
  void reportsAMissingHashtagMentionAndUrl() {
    String source = "قال @AvichayAdraee في #جيش_الدفاع pic.twitter.com/RIuybObm5n";
    assertThat(issues(source, "He said so."))
        .extracting(QaIssue::check, QaIssue::severity)
        .contains(
            org.assertj.core.groups.Tuple.tuple("mentions", QaSeverity.HIGH),
            org.assertj.core.groups.Tuple.tuple("hashtags", QaSeverity.HIGH),
            org.assertj.core.groups.Tuple.tuple("urls", QaSeverity.HIGH));
    assertThat(checks(source, "pic.twitter.com/RIuybObm5n #جيش_الدفاع said @AvichayAdraee"))
        .doesNotContain("mentions", "hashtags", "urls");
  }

  @Test
  void reportsAChangedHashtag() {
    assertThat(issues("في #جيش_الدفاع اليوم", "today in #IDF"))
        .filteredOn(i -> i.check().equals("hashtags"))
        .extracting(QaIssue::message)
        .containsExactly(
            "the hashtag #جيش_الدفاع is missing from the target",
            "the hashtag #IDF is in the target but not in the source");
  }

  @Test
  void reportsUnbalancedArabicAndCurlyQuotes() {
    assertThat(checks("قال «إن المعرض مهم» اليوم.", "He said “the fair matters today."))
        .contains("quotes");
    assertThat(checks("قال «إن المعرض مهم» اليوم.", "He said “the fair matters” today."))
        .doesNotContain("quotes");
  }

  @Test
  void aQuotationCutBySegmentationIsNotAnIssue() {
    assertThat(checks("إن المعرض “سيمكن من تعميق التعاون.", "The fair “will deepen cooperation."))
        .doesNotContain("quotes");
  }

  @Test
  void reportsUnbalancedBrackets() {
    assertThat(issues("قال (في بيان) اليوم.", "He said (in a statement today."))
        .filteredOn(i -> i.check().equals("brackets"))
        .extracting(QaIssue::message)
        .containsExactly(
            "unbalanced round brackets ( ) in the target: 1 not closed (balanced in the source)");
    assertThat(checks("قال [في بيان] اليوم.", "He said in a statement] today."))
        .contains("brackets");
  }

  @Test
  void reportsBidiControlsWithTheirPositionAndKeepsThem() {
    String target = "He said \u202Etoday.";
    SegmentView s = segment(9, 2, SOURCE + "\u200F", target);
    List<QaIssue> found = qa.check(s, List.of(), AR, EN);
    assertThat(found)
        .filteredOn(i -> i.check().equals("bidi-controls"))
        .extracting(QaIssue::severity, QaIssue::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                QaSeverity.LOW,
                "the source has U+200F RIGHT-TO-LEFT MARK at character 34; it is kept as it is"),
            org.assertj.core.groups.Tuple.tuple(
                QaSeverity.HIGH,
                "the target has U+202E RIGHT-TO-LEFT OVERRIDE at character 9; it is kept as it is"),
            org.assertj.core.groups.Tuple.tuple(
                QaSeverity.HIGH,
                "the target has 1 embedding, override or isolate never terminated"
                    + " (PDF U+202C or PDI U+2069)"));
    assertThat(s.translations().get(0).content().coded()).isEqualTo(target);
  }

  @Test
  void untranslatedSegmentsAreCountedNotChecked() {
    DocumentSummary doc =
        new DocumentSummary(
            1,
            "article",
            1,
            1,
            AR,
            List.of(EN),
            "text/plain",
            "UTF-8",
            "",
            3,
            21,
            Instant.EPOCH,
            java.util.Map.of(EN, 2));
    List<SegmentView> segments =
        List.of(
            segment(1, 1, SOURCE, GOOD),
            segment(2, 2, Content.ofText(SOURCE), null, Status.NEW),
            segment(3, 3, Content.ofText(SOURCE), Content.ofText(""), Status.NEW),
            segment(4, 4, SOURCE, SOURCE));
    QaReport report = qa.check(doc, segments, EN);
    assertThat(report.checked()).isEqualTo(2);
    assertThat(report.untranslated()).isEqualTo(2);
    assertThat(report.issues()).extracting(QaIssue::segmentId).containsOnly(4L);
  }
}
