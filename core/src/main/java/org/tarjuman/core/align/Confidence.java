package org.tarjuman.core.align;

/**
 * How sure the aligner is of one link, from 0 to 1, from the same evidence as the cost: how far the
 * lengths are from the expected ratio, and how the anchors agree.
 *
 * <ul>
 *   <li>The length part is {@code 2(1 − Φ(|δ|/2))}: 1 for the expected length, 0.62 one standard
 *       deviation off, 0.32 two off. {@code δ} is halved because one sentence pair varies more than
 *       the paragraphs Gale and Church fitted {@code s²} on.
 *   <li>When either side has strong anchors, the confidence is the mean of the length part and the
 *       share of strong anchors that match.
 *   <li>Shared names or punctuation, with no punctuation on one side only, add 0.1.
 *   <li>A 2:1 or 1:2 link is multiplied by 0.9, and so is a link in paragraphs that did not
 *       correspond one to one.
 *   <li>A link with an empty side (1:0, 0:1) has confidence 0.
 * </ul>
 */
final class Confidence {

  private final BeadCost cost;

  Confidence(BeadCost cost) {
    this.cost = cost;
  }

  double of(Bead bead, Span source, Span target, boolean paragraphsMatched) {
    if (bead.sources() == 0 || bead.targets() == 0) {
      return 0;
    }
    double length = BeadCost.twoSidedTail(cost.delta(source.length(), target.length()) / 2);
    AnchorAgreement anchors = source.anchors().compare(target.anchors());
    double share = anchors.strongShare();
    double confidence = share < 0 ? length : (length + share) / 2;
    if (anchors.names() + anchors.marks() > 0 && anchors.missingMarks() == 0) {
      confidence += 0.1;
    }
    if (bead.sources() + bead.targets() > 2) {
      confidence *= 0.9;
    }
    if (!paragraphsMatched) {
      confidence *= 0.9;
    }
    return Math.max(0, Math.min(1, confidence));
  }
}
