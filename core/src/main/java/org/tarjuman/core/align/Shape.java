package org.tarjuman.core.align;

/**
 * The shapes of link the aligner considers, with Gale and Church's (1993, table 5) prior
 * probabilities, estimated on hand-aligned parliamentary text. 2:2 is left out: it is rare, and a
 * 2:2 is found as two 1:1 links or a 2:1 and a 0:1.
 */
enum Shape {
  ONE_ONE(1, 1, 0.89),
  ONE_ZERO(1, 0, 0.0099),
  ZERO_ONE(0, 1, 0.0099),
  TWO_ONE(2, 1, 0.089),
  ONE_TWO(1, 2, 0.089);

  final int sources;
  final int targets;

  /** {@code -100 ln(prior)}, the shape's cost before lengths and anchors are looked at. */
  final double priorCost;

  Shape(int sources, int targets, double prior) {
    this.sources = sources;
    this.targets = targets;
    this.priorCost = -100 * Math.log(prior);
  }

  boolean isOneSided() {
    return sources == 0 || targets == 0;
  }
}
