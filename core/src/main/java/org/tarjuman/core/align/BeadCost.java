package org.tarjuman.core.align;

/**
 * The cost of linking a source span with a target span, in Gale and Church's units ({@code -100 ln
 * p}): lower is likelier. See {@code docs/alignment.md}.
 *
 * <p><b>Lengths</b> (Gale and Church 1993, "A program for aligning sentences in bilingual corpora",
 * Computational Linguistics 19(1)): the target length of a source span of {@code ls} characters is
 * taken as normal with mean {@code c·ls} and variance {@code s²·ls}. {@code c} is the ratio of the
 * two texts' lengths, measured on the texts being aligned (1.27 for the seed article and its
 * English translation), and {@code s² = 6.8} as Gale and Church estimated it. With {@code δ = (lt −
 * c·ls) / √(s²·(ls + lt/c)/2)}, the length cost is {@code −100 ln(2(1 − Φ(|δ|)))}. A link with an
 * empty side (1:0, 0:1) has no length cost: its prior says how rare it is.
 *
 * <p><b>Anchors</b> ({@link Anchors}): each number, hashtag, mention or URL found on both sides
 * lowers the cost by {@value #STRONG_MATCH}, each found on one side only raises it by {@value
 * #STRONG_MISS}; each shared Latin name lowers it by {@value #NAME_MATCH}; each punctuation anchor
 * (question, exclamation, colon, quotes) found on both sides lowers it by {@value #MARK_MATCH}, on
 * one side only raises it by the same.
 */
final class BeadCost {

  static final double VARIANCE = 6.8;
  static final double STRONG_MATCH = 150;
  static final double STRONG_MISS = 80;
  static final double NAME_MATCH = 40;
  static final double MARK_MATCH = 15;
  private static final double MAX_LENGTH_COST = 2500;

  /** The polynomial of {@link #erfc} in {@code t}, lowest power first. */
  private static final double[] ERFC_COEFFICIENTS = {
    -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806,
    0.27886807, -1.13520398, 1.48851973, -0.82215223, 0.17087277
  };

  private final double ratio;

  /** A cost model for texts whose target is {@code ratio} times as long as the source. */
  BeadCost(double ratio) {
    if (!(ratio > 0)) {
      throw new IllegalArgumentException("length ratio must be positive: " + ratio);
    }
    this.ratio = ratio;
  }

  /** The length ratio of two texts, 1 when either is empty. */
  static double ratio(long sourceLength, long targetLength) {
    return sourceLength == 0 || targetLength == 0 ? 1 : (double) targetLength / sourceLength;
  }

  /** The whole cost of a link of the given shape. */
  double cost(Shape shape, Span source, Span target) {
    // Gale and Church charge a one-sided link the length cost of a zero length too, so that a
    // left-out sentence is almost never found; here it costs its prior and its anchors only.
    double length = shape.isOneSided() ? 0 : lengthCost(source.length(), target.length());
    return shape.priorCost + length + anchorCost(source.anchors().compare(target.anchors()));
  }

  /** {@code δ}: how many standard deviations the target length is from the expected one. */
  double delta(int sourceLength, int targetLength) {
    if (sourceLength == 0 && targetLength == 0) {
      return 0;
    }
    double mean = (sourceLength + targetLength / ratio) / 2;
    return (targetLength - ratio * sourceLength) / Math.sqrt(VARIANCE * mean);
  }

  double lengthCost(int sourceLength, int targetLength) {
    double p = twoSidedTail(delta(sourceLength, targetLength));
    return p <= 0 ? MAX_LENGTH_COST : Math.max(0, Math.min(MAX_LENGTH_COST, -100 * Math.log(p)));
  }

  static double anchorCost(AnchorAgreement a) {
    return -STRONG_MATCH * a.matched()
        + STRONG_MISS * a.unmatched()
        - NAME_MATCH * a.names()
        - MARK_MATCH * a.marks()
        + MARK_MATCH * a.missingMarks();
  }

  /** {@code 2(1 − Φ(|z|))}: the probability of a standard normal value at least as far out. */
  static double twoSidedTail(double z) {
    return erfc(Math.abs(z) / Math.sqrt(2));
  }

  /**
   * The complementary error function, by the Chebyshev fit of Numerical Recipes (2nd ed., §6.2),
   * within 4e-6 of the true value (at 0 it gives 1.0000039), far finer than the cost needs.
   */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double poly = 0;
    for (int i = ERFC_COEFFICIENTS.length - 1; i >= 0; i--) {
      poly = poly * t + ERFC_COEFFICIENTS[i];
    }
    double r = t * Math.exp(-z * z + poly);
    return x >= 0 ? r : 2 - r;
  }
}
