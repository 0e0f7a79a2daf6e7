package org.tarjuman.core.align;

/**
 * One link found by the aligner: a run of source items with a run of target items, by index into
 * the lists that were aligned.
 *
 * @param sourceStart the first source item
 * @param sources how many source items, 0 to 2
 * @param targetStart the first target item
 * @param targets how many target items, 0 to 2
 */
record Bead(int sourceStart, int sources, int targetStart, int targets) {

  /** The same bead with both starts moved, to index into longer lists. */
  Bead shift(int sourceOffset, int targetOffset) {
    return new Bead(sourceStart + sourceOffset, sources, targetStart + targetOffset, targets);
  }
}
