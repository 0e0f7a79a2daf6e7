package org.tarjuman.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.ingest.FileSegmenter;
import org.tarjuman.core.ingest.OkapiExtractor;
import org.tarjuman.core.ingest.TikaDetector;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.segment.SrxRules;
import org.tarjuman.core.segment.TokenCodeFinder;

/**
 * Scores the aligner against the two hand-made gold alignments, reading both texts through the same
 * pipeline {@code align} uses (Tika, the Okapi filter, token protection, the bundled SRX rules).
 * The figures are recorded in {@code docs/alignment.md}; the thresholds sit just under them, so a
 * change that makes the aligner worse fails here.
 */
class GoldAlignmentTest {

  private static final String SEEDS = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit";
  private static final String LYON = "org/tarjuman/core/align/fr-lyon-budget";

  private final FileSegmenter segmenter =
      new FileSegmenter(
          new TikaDetector(), new OkapiExtractor(), new TokenCodeFinder(), SrxRules.bundled());
  private final GaleChurchAligner aligner = new GaleChurchAligner();

  @TempDir Path folder;

  @Test
  void alignsTheSeedArticleWithItsEnglishTranslation() throws IOException {
    GoldAlignment.Score score =
        score(SEEDS + ".txt", "ar", SEEDS + ".en.txt", SEEDS + ".en.gold.tsv");

    assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void alignsAFrenchArticleWithAnEnglishTranslationThatLeavesOutAndAdds() throws IOException {
    GoldAlignment.Score score = score(LYON + ".fr.txt", "fr", LYON + ".en.txt", LYON + ".gold.tsv");

    assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
  }

  private GoldAlignment.Score score(String source, String language, String target, String gold)
      throws IOException {
    List<List<Content>> s = segmenter.segment(copy(source), Locale.forLanguageTag(language));
    List<List<Content>> t = segmenter.segment(copy(target), Locale.ENGLISH);
    List<SentenceLink> alignment = aligner.align(s, t);
    GoldAlignment.Score score = GoldAlignment.read(gold).score(alignment);
    System.out.println(gold + ": " + score);
    return score;
  }

  private Path copy(String resource) throws IOException {
    Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Files.copy(in, file);
    }
    return file;
  }
}
