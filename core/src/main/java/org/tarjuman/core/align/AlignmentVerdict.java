package org.tarjuman.core.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;

/**
 * Whether an alignment as a whole is believable. A file is taken not to be a translation of the
 * document when fewer than {@value #LEAST_CONFIDENT_SHARE}% of the segments fall in links of
 * {@value AlignedTranslations#CONFIDENT}% confidence or more, or when the two texts have at least
 * {@value #FEW_ANCHORS} strong anchors (numbers, hashtags, mentions, URLs) between them and fewer
 * than {@value #LEAST_ANCHOR_SHARE}% of them are found on both sides. Between that and {@value
 * #WARN_BELOW_SHARE}% of confident segments, or when one side has more than twice the sentences of
 * the other, the alignment is stored with a warning.
 *
 * @param segments the document's segments
 * @param sentences the translation's sentences
 * @param confident the segments in confident links
 * @param leftOut the segments linked with nothing
 * @param added the translation's sentences linked with nothing
 * @param anchors how the strong anchors of the two whole texts agree
 */
record AlignmentVerdict(
    int segments, int sentences, int confident, int leftOut, int added, AnchorAgreement anchors) {

  static final int LEAST_CONFIDENT_SHARE = 25;
  static final int WARN_BELOW_SHARE = 60;
  static final int FEW_ANCHORS = 4;
  static final int LEAST_ANCHOR_SHARE = 20;

  static AlignmentVerdict judge(
      List<SentenceLink> links, List<Content> sources, List<Content> targets) {
    int confident = 0;
    int leftOut = 0;
    int added = 0;
    for (SentenceLink link : links) {
      if (link.targets() == 0) {
        leftOut += link.sources();
      } else if (link.sources() == 0) {
        added += link.targets();
      } else if (link.confidence() * 100 >= AlignedTranslations.CONFIDENT) {
        confident += link.sources();
      }
    }
    return new AlignmentVerdict(
        sources.size(),
        targets.size(),
        confident,
        leftOut,
        added,
        anchors(sources).compare(anchors(targets)));
  }

  private static Anchors anchors(List<Content> texts) {
    Anchors all = Anchors.NONE;
    for (Content text : texts) {
      all = all.plus(Anchors.of(text));
    }
    return all;
  }

  /** Refuses the alignment when the file is clearly not a translation of the document. */
  void refuseIfNotATranslation(Path file, String document) {
    int strong = anchors.matched() + anchors.unmatched();
    boolean anchorsDisagree =
        strong >= FEW_ANCHORS && anchors.matched() * 100 < LEAST_ANCHOR_SHARE * strong;
    if (anchorsDisagree || confident * 100 < LEAST_CONFIDENT_SHARE * segments) {
      throw new InvalidInputException(
          file
              + ": does not look like a translation of '"
              + document
              + "': only "
              + confident
              + " of its "
              + segments
              + " segments align with confidence and "
              + anchors.matched()
              + " of "
              + strong
              + " numbers, hashtags, mentions and URLs are in both ("
              + sentences
              + " sentences in the file); nothing was stored");
    }
  }

  List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (2 * Math.min(segments, sentences) < Math.max(segments, sentences)) {
      warnings.add(
          "the document has "
              + segments
              + " segments and the translation "
              + sentences
              + " sentences; check that it is the whole translation");
    }
    if (confident * 100 < WARN_BELOW_SHARE * segments) {
      warnings.add(
          "only "
              + confident
              + " of "
              + segments
              + " segments align with confidence; review the needs-review ones");
    }
    if (leftOut > 0) {
      warnings.add(leftOut + " segment(s) have no counterpart in the translation (1:0)");
    }
    if (added > 0) {
      warnings.add(added + " sentence(s) of the translation have no source (0:1)");
    }
    return warnings;
  }
}
