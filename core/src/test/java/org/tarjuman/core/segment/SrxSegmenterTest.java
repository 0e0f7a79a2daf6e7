package org.tarjuman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

class SrxSegmenterTest {

  private final Segmenter arabic = SrxRules.bundled().segmenterFor(Locale.forLanguageTag("ar"));
  private final Segmenter english = SrxRules.bundled().segmenterFor(Locale.ENGLISH);

  @Test
  void leavesTheWhitespaceBetweenSentencesOutOfEverySegment() {
    List<Content> segments = arabic.segment(Content.ofText("  جملة أولى.   جملة ثانية.\u00a0 "));

    assertThat(segments).extracting(Content::coded).containsExactly("جملة أولى.", "جملة ثانية.");
  }

  @Test
  void givesNoSegmentForABlankUnit() {
    assertThat(arabic.segment(Content.ofText(" \n\t "))).isEmpty();
    assertThat(arabic.segment(Content.ofText(""))).isEmpty();
  }

  @Test
  void givesOneSegmentForASingleSentence() {
    assertThat(arabic.segment(Content.ofText("جملة واحدة فقط")))
        .containsExactly(Content.ofText("جملة واحدة فقط"));
  }

  @Test
  void startsTheNextSegmentWithAHashtagThatFollowsASentence() {
    Content unit = new TokenCodeFinder().protect(Content.ofText("انتهى. #وسم وقال كلاما."));

    List<Content> segments = arabic.segment(unit);

    assertThat(segments)
        .extracting(Content::plainText)
        .containsExactly("انتهى.", "#وسم وقال كلاما.");
    assertThat(segments.get(0).codes()).isEmpty();
    assertThat(segments.get(1).codes()).extracting(InlineCode::data).containsExactly("#وسم");
    assertThat(segments.get(1).coded().charAt(0)).isEqualTo(Content.PLACEHOLDER);
    assertThat(segments.get(1).coded().charAt(1)).isEqualTo((char) Content.INDEX_BASE);
  }

  @Test
  void keepsATrailingHashtagWithTheLastSentence() {
    Content unit = new TokenCodeFinder().protect(Content.ofText("انتهى الاجتماع. #وسم"));

    assertThat(arabic.segment(unit))
        .extracting(Content::plainText)
        .containsExactly("انتهى الاجتماع. #وسم");
  }

  @Test
  void keepsPairedCodesWholeAndRenumbersThemPerSegment() {
    List<InlineCode> codes =
        List.of(
            new InlineCode(InlineCode.Kind.OPENING, 1, "b", "<b>"),
            new InlineCode(InlineCode.Kind.CLOSING, 1, "b", "</b>"),
            new InlineCode(InlineCode.Kind.OPENING, 2, "i", "<i>"),
            new InlineCode(InlineCode.Kind.CLOSING, 2, "i", "</i>"));
    String coded =
        Content.OPENING
            + ""
            + (char) (Content.INDEX_BASE)
            + "Hello."
            + Content.CLOSING
            + (char) (Content.INDEX_BASE + 1)
            + " "
            + Content.OPENING
            + (char) (Content.INDEX_BASE + 2)
            + "World"
            + Content.CLOSING
            + (char) (Content.INDEX_BASE + 3)
            + " again.";

    List<Content> segments = english.segment(new Content(coded, codes));

    assertThat(segments)
        .extracting(Content::plainText)
        .containsExactly("<b>Hello.</b>", "<i>World</i> again.");
    assertThat(segments.get(0).codes()).containsExactly(codes.get(0), codes.get(1));
    assertThat(segments.get(1).codes()).containsExactly(codes.get(2), codes.get(3));
    for (Content segment : segments) {
      assertWellFormed(segment);
    }
  }

  @Test
  void keepsACodeThatStandsAtASentenceEndWhole() {
    Content unit =
        new TokenCodeFinder()
            .protect(Content.ofText("زوروا www.aljazeera.net. وتابعوا @aljazeera. ثم ارتاحوا."));

    List<Content> segments = arabic.segment(unit);

    assertThat(segments)
        .extracting(Content::plainText)
        .containsExactly("زوروا www.aljazeera.net.", "وتابعوا @aljazeera.", "ثم ارتاحوا.");
    segments.forEach(SrxSegmenterTest::assertWellFormed);
  }

  @Test
  void trimsSegmentsEvenWhenTheRulesDoNotAskForIt() throws Exception {
    Segmenter user =
        SrxRules.load(java.nio.file.Path.of(getClass().getResource("comma-breaks.srx").toURI()))
            .segmenterFor(Locale.forLanguageTag("ar"));

    assertThat(user.segment(Content.ofText("أولا،   ثانيا ")))
        .extracting(Content::coded)
        .containsExactly("أولا،", "ثانيا");
  }

  private static void assertWellFormed(Content segment) {
    String coded = segment.coded();
    int markers = 0;
    for (int i = 0; i < coded.length(); i++) {
      if (Content.isMarker(coded.charAt(i))) {
        assertThat(i + 1).isLessThan(coded.length());
        assertThat(coded.charAt(i + 1) - Content.INDEX_BASE).isEqualTo(markers);
        markers++;
        i++;
      }
    }
    assertThat(markers).isEqualTo(segment.codes().size());
  }
}
