package org.tarjuman.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.QaSeverity;
import org.tarjuman.core.model.ReviewReport;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ReviewServiceTest {

  static final Locale AR = Locale.forLanguageTag("ar");
  static final Locale EN = Locale.forLanguageTag("en");
  static final String HASHTAG = "#جيش_الدفاع";

  @TempDir Path folder;

  static DocumentSummary document(Locale source, Locale target) {
    return new DocumentSummary(
        1,
        "خبر <1>.txt",
        2,
        11,
        source,
        List.of(target),
        "text/plain",
        "UTF-8",
        "",
        2,
        12,
        Instant.EPOCH,
        Map.of(target, 1));
  }

  static List<SegmentView> segments(Locale target) {
    Content source =
        new Content(
            "قال الجيش في بيان \u200F"
                + Content.PLACEHOLDER
                + (char) Content.INDEX_BASE
                + " يوم 12 سبتمبر.",
            List.of(new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "hashtag", HASHTAG)));
    TranslationView english =
        new TranslationView(
            target,
            Content.ofText("The army said <script>alert(1)</script> & " + HASHTAG),
            Status.TRANSLATED,
            Origin.TM_FUZZY,
            87,
            Instant.EPOCH);
    return List.of(
        new SegmentView(101, 1, "خبر", 2, 0, "tu1", 1, source, 8, List.of(english)),
        new SegmentView(
            102, 1, "خبر", 2, 1, "tu2", 2, Content.ofText("وتأتي الزيارة."), 4, List.of()));
  }

  private Document write(Locale source, Locale target) throws Exception {
    QaReport qa =
        new QaReport(
            document(source, target),
            target,
            1,
            1,
            List.of(
                new QaIssue(
                    101,
                    1,
                    "hashtags",
                    QaSeverity.HIGH,
                    "the hashtag " + HASHTAG + " is missing from the target")));
    ReviewReport report = new ReviewService().write(segments(target), qa, folder, /* replace= */ true);
    assertThat(report.file())
        .isEqualTo(folder.resolve("خبر _1_.txt." + target.toLanguageTag() + ".review.html"));
    assertThat(report.segments()).isEqualTo(2);
    assertThat(report.issues()).isEqualTo(1);
    byte[] bytes = Files.readAllBytes(report.file());
    String html = new String(bytes, StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .doesNotContainPattern("<(td|th|span|div|script|bdi)[^>]*/>");
    assertThat(html).doesNotContain("<link", " src=", " href=", "url(", "@import");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static String xpath(Document doc, String expression) throws Exception {
    return XPathFactory.newInstance().newXPath().evaluate(expression, doc);
  }

  @Test
  void arabicSourceIsRightToLeftAndEnglishTargetLeftToRight() throws Exception {
    Document doc = write(AR, EN);
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='source']/@dir")).isEqualTo("rtl");
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='source']/@lang")).isEqualTo("ar");
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='target']/@dir")).isEqualTo("ltr");
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='target']/@lang")).isEqualTo("en");
  }

  @Test
  void directionComesFromTheLanguageNotFromArabic() throws Exception {
    Document doc = write(EN, Locale.forLanguageTag("he"));
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='source']/@dir")).isEqualTo("ltr");
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='target']/@dir")).isEqualTo("rtl");
    assertThat(TextDirection.of(Locale.forLanguageTag("fa"))).isEqualTo(TextDirection.RTL);
    assertThat(TextDirection.of(Locale.forLanguageTag("az-Arab"))).isEqualTo(TextDirection.RTL);
    assertThat(TextDirection.of(Locale.forLanguageTag("az"))).isEqualTo(TextDirection.LTR);
  }

  @Test
  void inlineCodesAreIsolatedAndShownAsTheirOriginalText() throws Exception {
    Document doc = write(AR, EN);
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='source']/bdi[@class='code']"))
        .isEqualTo(HASHTAG);
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='source']/bdi/@title")).isEqualTo("hashtag");
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='id']/bdi")).isEqualTo("101");
  }

  @Test
  void storedTextIsEscapedAndBidiControlsKept() throws Exception {
    Document doc = write(AR, EN);
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='target']"))
        .isEqualTo("The army said <script>alert(1)</script> & " + HASHTAG);
    assertThat(xpath(doc, "count(//td//script)")).isEqualTo("0");
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='source']")).contains("بيان \u200F#");
  }

  @Test
  void rowsCarryStatusOriginScoreAndQaFlags() throws Exception {
    Document doc = write(AR, EN);
    assertThat(xpath(doc, "//tr[@id='s101']/@data-status")).isEqualTo("translated");
    assertThat(xpath(doc, "//tr[@id='s101']/@data-qa")).isEqualTo("1");
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='origin']")).isEqualTo("tm-fuzzy");
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='score']")).isEqualTo("87%");
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='qa']//li/@class")).isEqualTo("high");
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='qa']//li/bdi")).isEqualTo(HASHTAG);
    assertThat(xpath(doc, "//tr[@id='s102']/@data-status")).isEqualTo("new");
    assertThat(xpath(doc, "//tr[@id='s102']/td[@class='target']")).isEqualTo("not translated");
  }

  @Test
  void anAlignedRowShowsItsConfidenceAndAnEmpty2To1HalfPointsToThePairsTranslation()
      throws Exception {
    TranslationView pair =
        new TranslationView(
            EN, Content.ofText("Both sentences."), Status.NEEDS_REVIEW, Origin.ALIGNED, 49, Instant.EPOCH);
    TranslationView half =
        new TranslationView(
            EN, Content.ofText(""), Status.NEEDS_REVIEW, Origin.ALIGNED, 49, Instant.EPOCH);
    List<SegmentView> segments =
        List.of(
            new SegmentView(104, 1, "خبر", 2, 3, "tu4", 4, Content.ofText("أولى."), 1, List.of(pair)),
            new SegmentView(105, 1, "خبر", 2, 4, "tu5", 5, Content.ofText("ثانية."), 1, List.of(half)));
    QaReport qa = new QaReport(document(AR, EN), EN, 2, 0, List.of());

    Path file = new ReviewService().write(segments, qa, folder, /* replace= */ true).file();

    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    for (String row : List.of("s104", "s105")) {
      assertThat(xpath(doc, "//tr[@id='" + row + "']/td[@class='origin']")).isEqualTo("aligned");
      assertThat(xpath(doc, "//tr[@id='" + row + "']/td[@class='score']")).isEqualTo("49%");
      assertThat(xpath(doc, "//tr[@id='" + row + "']/td[@class='score']/@title"))
          .isEqualTo("alignment confidence");
    }
    assertThat(xpath(doc, "//tr[@id='s104']/td[@class='target']")).isEqualTo("Both sentences.");
    assertThat(xpath(doc, "//tr[@id='s105']/td[@class='target']/span[@class='none']"))
        .isEqualTo("in the translation of #4 (aligned 2:1)");
  }

  @Test
  void aTmMatchScoreHasNoAlignmentTitle() throws Exception {
    Document doc = write(AR, EN);
    assertThat(xpath(doc, "//tr[@id='s101']/td[@class='score']/@title")).isEmpty();
  }

  @Test
  void headerNamesDocumentVersionLanguagesAndProgress() throws Exception {
    Document doc = write(AR, EN);
    String header = xpath(doc, "//header/dl");
    assertThat(header)
        .contains("خبر <1>.txt", "Arabic (ar) → English (en)", "1 of 2 segments translated (50%)")
        .contains("1 issue in 1 segment (see the QA column)");
    assertThat(xpath(doc, "//dt[.='Version']/following-sibling::dd[1]")).isEqualTo("2");
    NodeList boxes =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate("//input[@name='status']", doc, XPathConstants.NODESET);
    assertThat(boxes.getLength()).isEqualTo(Status.values().length);
    assertThat(xpath(doc, "//style")).contains("@media print", "unicode-bidi: isolate");
    assertThat(xpath(doc, "//script")).contains("data", "hidden");
  }

  @Test
  void anUnwritableFolderIsBadInput() {
    QaReport qa = new QaReport(document(AR, EN), EN, 0, 2, List.of());
    Path missing = folder.resolve("no/such/folder/page.html");
    assertThatThrownBy(() -> new ReviewService().write(segments(EN), qa, missing, /* replace= */ true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            missing
                + ": cannot be written: there is no folder "
                + missing.getParent());
  }
}
