package org.tarjuman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

/**
 * The seed article (an Arabic news story with a quoted tweet), read line by line, each line one
 * unit; tokens are protected first, then each unit is segmented, as an import does.
 */
class SeedArticleSegmentationTest {

  private static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";

  private static List<String> paragraphs;
  private static List<List<Content>> segments;

  @BeforeAll
  static void segmentTheSeed() throws IOException {
    try (InputStream in =
        SeedArticleSegmentationTest.class.getClassLoader().getResourceAsStream(SEED)) {
      assertThat(in).as(SEED).isNotNull();
      paragraphs =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank())
              .toList();
    }
    TokenCodeFinder protector = new TokenCodeFinder();
    Segmenter segmenter = SrxRules.bundled().segmenterFor(Locale.forLanguageTag("ar"));
    segments = new ArrayList<>();
    for (String paragraph : paragraphs) {
      segments.add(segmenter.segment(protector.protect(Content.ofText(paragraph))));
    }
  }

  @Test
  void givesSixteenSegmentsFromFourteenParagraphs() {
    assertThat(paragraphs).hasSize(14);
    assertThat(segments.stream().mapToInt(List::size).sum()).isEqualTo(16);
  }

  @Test
  void splitsOnlyTheFourthAndFifthParagraphsIntoTwoSentences() {
    List<Integer> sizes = segments.stream().map(List::size).toList();

    assertThat(sizes).containsExactly(1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    assertThat(texts(segments.get(3)))
        .containsExactly(
            "وتعتبر هذه الزيارة الأولى التي يجريها قائد جيش عربي على هذا المستوى لإسرائيل.",
            "وتأتي بعد زيارة مماثلة قام بها رئيس أركان الجيش الإسرائيلي، أفيف كوخافي، إلى الرباط"
                + " قبل نحو شهرين.");
    assertThat(texts(segments.get(4)).get(0)).endsWith("من بينها دول عربية.");
    assertThat(texts(segments.get(4)).get(1)).startsWith("سيستمر المؤتمر لمدة اسبوع");
  }

  @Test
  void keepsTheQuotedTweetWithItsLinkAndMentionInOneSegment() {
    List<Content> seventh = segments.get(6);

    assertThat(seventh).hasSize(1);
    assertThat(seventh.get(0).plainText())
        .isEqualTo(paragraphs.get(6))
        .contains("pic.twitter.com/RIuybObm5n— افيخاي ادرعي (@AvichayAdraee) September 8, 2022");
  }

  @Test
  void turnsHashtagsMentionsAndUrlsIntoPlaceholdersHoldingTheOriginalText() {
    List<InlineCode> codes =
        segments.stream().flatMap(List::stream).flatMap(s -> s.codes().stream()).toList();

    assertThat(codes).allMatch(code -> code.kind() == InlineCode.Kind.PLACEHOLDER);
    assertThat(codes)
        .extracting(InlineCode::type, InlineCode::data)
        .containsExactlyInAnyOrder(
            tuple("hashtag", "#جيش_الدفاع"),
            tuple("hashtag", "#جيش_الدفاع"),
            tuple("url", "pic.twitter.com/RIuybObm5n"),
            tuple("mention", "@AvichayAdraee"));
    assertThat(segments.get(6).get(0).textOnly())
        .doesNotContain("pic.twitter.com", "@AvichayAdraee")
        .contains("— افيخاي ادرعي () September 8, 2022");
  }

  @Test
  void losesNoTextBetweenTheSegmentsOfAParagraph() {
    for (int i = 0; i < paragraphs.size(); i++) {
      String joined = String.join(" ", texts(segments.get(i)));

      assertThat(normalized(joined))
          .as("paragraph %d", i + 1)
          .isEqualTo(normalized(paragraphs.get(i)));
    }
  }

  @Test
  void givesSegmentsWithoutSurroundingWhitespace() {
    for (List<Content> paragraph : segments) {
      for (Content segment : paragraph) {
        assertThat(segment.plainText()).isEqualTo(segment.plainText().strip()).isNotBlank();
      }
    }
  }

  private static List<String> texts(List<Content> contents) {
    return contents.stream().map(Content::plainText).toList();
  }

  private static String normalized(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
