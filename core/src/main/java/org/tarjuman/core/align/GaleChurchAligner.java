package org.tarjuman.core.align;

import java.util.ArrayList;
import java.util.List;
import org.tarjuman.core.model.Content;

/**
 * Aligns the sentences of a text with those of its translation, paragraphs first: Gale and Church's
 * length-based dynamic program ({@link BeadSearch}), with anchors added to the cost ({@link
 * BeadCost}, {@link Anchors}). Pure: no storage, no I/O.
 *
 * <ol>
 *   <li>The paragraphs (text units) are aligned with each other, by the same program over their
 *       summed lengths and anchors, when their numbers are within a factor of two of each other.
 *       Otherwise the translation's paragraphs are taken not to correspond (a text pasted as one
 *       block, say), and the whole text is one block.
 *   <li>Within each linked group of paragraphs, the sentences are aligned: 1:1, 1:2, 2:1, 1:0, 0:1.
 *       A paragraph linked with nothing gives 1:0 (or 0:1) links for all its sentences.
 *   <li>Each link gets a {@link Confidence}.
 * </ol>
 *
 * <p>Okapi's {@code SentenceAligner} (okapi-step-aligner) implements the same dynamic program, but
 * on one pair of Okapi text units at a time, with lengths only and no confidence per link; {@code
 * docs/alignment.md} says why Tarjuman does not use it.
 */
public final class GaleChurchAligner {

  /**
   * Aligns two texts, each given as paragraphs of sentences.
   *
   * @return the links in order, covering every sentence of both texts exactly once
   */
  public List<SentenceLink> align(List<List<Content>> source, List<List<Content>> target) {
    List<List<Span>> sourceUnits = spans(source);
    List<List<Span>> targetUnits = spans(target);
    BeadCost cost = new BeadCost(BeadCost.ratio(length(sourceUnits), length(targetUnits)));
    boolean correspond = paragraphsCorrespond(sourceUnits.size(), targetUnits.size());
    List<Bead> blocks =
        correspond
            ? new BeadSearch(cost).align(paragraphs(sourceUnits), paragraphs(targetUnits))
            : List.of(new Bead(0, sourceUnits.size(), 0, targetUnits.size()));
    List<SentenceLink> links = new ArrayList<>();
    for (Bead block : blocks) {
      boolean oneToOne = correspond && block.sources() == 1 && block.targets() == 1;
      links.addAll(linkSentences(block, sourceUnits, targetUnits, cost, oneToOne));
    }
    return links;
  }

  /** The sentence links of one group of linked paragraphs, by position in the whole texts. */
  private static List<SentenceLink> linkSentences(
      Bead block,
      List<List<Span>> sourceUnits,
      List<List<Span>> targetUnits,
      BeadCost cost,
      boolean paragraphsMatched) {
    List<Span> s = sentences(sourceUnits, block.sourceStart(), block.sources());
    List<Span> t = sentences(targetUnits, block.targetStart(), block.targets());
    int sourceOffset = sentences(sourceUnits, 0, block.sourceStart()).size();
    int targetOffset = sentences(targetUnits, 0, block.targetStart()).size();
    Confidence confidence = new Confidence(cost);
    List<SentenceLink> links = new ArrayList<>();
    for (Bead bead : sentenceBeads(s, t, cost)) {
      double sure =
          confidence.of(
              bead,
              join(s, bead.sourceStart(), bead.sources()),
              join(t, bead.targetStart(), bead.targets()),
              paragraphsMatched);
      Bead at = bead.shift(sourceOffset, targetOffset);
      links.add(
          new SentenceLink(at.sourceStart(), at.sources(), at.targetStart(), at.targets(), sure));
    }
    return links;
  }

  /**
   * Whether to align paragraphs first: when both texts have some and their numbers are within a
   * factor of two, as a translation that keeps the paragraphs (with a few merged, split, left out
   * or added) has.
   */
  static boolean paragraphsCorrespond(int sourceParagraphs, int targetParagraphs) {
    return sourceParagraphs > 0
        && targetParagraphs > 0
        && 2 * Math.min(sourceParagraphs, targetParagraphs)
            >= Math.max(sourceParagraphs, targetParagraphs);
  }

  private static List<Span> paragraphs(List<List<Span>> units) {
    return units.stream().map(Span::of).toList();
  }

  private static long length(List<List<Span>> units) {
    return units.stream().flatMap(List::stream).mapToLong(Span::length).sum();
  }

  private static Span join(List<Span> spans, int start, int count) {
    return Span.of(spans.subList(start, start + count));
  }

  private static List<Bead> sentenceBeads(List<Span> sources, List<Span> targets, BeadCost cost) {
    if (sources.isEmpty() || targets.isEmpty()) {
      List<Bead> oneSided = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        oneSided.add(new Bead(i, 1, 0, 0));
      }
      for (int j = 0; j < targets.size(); j++) {
        oneSided.add(new Bead(0, 0, j, 1));
      }
      return oneSided;
    }
    return new BeadSearch(cost).align(sources, targets);
  }

  private static List<Span> sentences(List<List<Span>> units, int start, int count) {
    List<Span> out = new ArrayList<>();
    for (List<Span> unit : units.subList(start, start + count)) {
      out.addAll(unit);
    }
    return out;
  }

  private static List<List<Span>> spans(List<List<Content>> units) {
    return units.stream().map(u -> u.stream().map(Span::of).toList()).toList();
  }
}
