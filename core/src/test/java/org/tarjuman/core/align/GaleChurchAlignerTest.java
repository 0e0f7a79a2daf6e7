package org.tarjuman.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.segment.Segmenter;
import org.tarjuman.core.segment.SrxRules;
import org.tarjuman.core.segment.TokenCodeFinder;

/**
 * The aligner on variants of the seed article's translation that a user might bring: pasted as one
 * block, with a paragraph left out, or not a translation at all.
 */
class GaleChurchAlignerTest {

  private static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit";
  private static final SrxRules RULES = SrxRules.bundled();

  private final GaleChurchAligner aligner = new GaleChurchAligner();
  private final List<List<Content>> arabic = segment(lines(SEED + ".txt"), "ar");
  private final List<String> english = lines(SEED + ".en.txt");
  private final GoldAlignment gold = GoldAlignment.read(SEED + ".en.gold.tsv");

  @Test
  void alignsATranslationPastedAsOneParagraphSentenceBySentence() {
    // One unit: the line breaks still end sentences (SRX), so the gold numbering holds.
    List<List<Content>> oneBlock = segment(List.of(String.join("\n", english)), "en");
    assertThat(oneBlock).hasSize(1);
    assertThat(oneBlock.get(0)).hasSize(17);

    List<SentenceLink> links = aligner.align(arabic, oneBlock);

    GoldAlignment.Score score = gold.score(links);
    System.out.println("one block: " + score);
    assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.9);
    assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void linksASegmentWhoseParagraphTheTranslationLeftOutWithNothing() {
    List<String> withoutThird = new ArrayList<>(english);
    withoutThird.remove(2);

    List<SentenceLink> links = aligner.align(arabic, segment(withoutThird, "en"));

    assertThat(links).contains(new SentenceLink(2, 1, 3, 0, 0));
    assertThat(links.get(3)).satisfies(l -> assertThat(l.kind()).isEqualTo("2:1"));
    assertThat(links.get(3).targetStart()).isEqualTo(3);
    assertThat(links).filteredOn(l -> l.sources() == 0 || l.targets() == 0).hasSize(1);
  }

  @Test
  void coversEverySentenceOfBothTextsOnceInOrder() {
    List<List<Content>> french =
        segment(lines("org/tarjuman/core/align/fr-lyon-budget.fr.txt"), "fr");

    List<SentenceLink> links = aligner.align(arabic, french);

    int source = 0;
    int target = 0;
    for (SentenceLink link : links) {
      assertThat(link.sourceStart()).isEqualTo(source);
      assertThat(link.targetStart()).isEqualTo(target);
      source += link.sources();
      target += link.targets();
    }
    assertThat(source).isEqualTo(16);
    assertThat(target).isEqualTo(12);
  }

  @Test
  void isUnsureOfATextThatIsNotTheTranslation() {
    List<List<Content>> french =
        segment(lines("org/tarjuman/core/align/fr-lyon-budget.en.txt"), "en");
    List<List<Content>> real = segment(english, "en");

    double unrelated = mean(aligner.align(arabic, french));
    double translation = mean(aligner.align(arabic, real));

    assertThat(unrelated).isLessThan(0.5);
    assertThat(translation).isGreaterThan(0.8);
  }

  private static double mean(List<SentenceLink> links) {
    return links.stream().mapToDouble(SentenceLink::confidence).average().orElse(0);
  }

  private static List<List<Content>> segment(List<String> paragraphs, String language) {
    Segmenter segmenter = RULES.segmenterFor(Locale.forLanguageTag(language));
    TokenCodeFinder protector = new TokenCodeFinder();
    return paragraphs.stream()
        .map(p -> segmenter.segment(protector.protect(Content.ofText(p))))
        .toList();
  }

  private static List<String> lines(String resource) {
    try (InputStream in =
        GaleChurchAlignerTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
  }
}
