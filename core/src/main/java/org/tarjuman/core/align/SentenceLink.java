package org.tarjuman.core.align;

/**
 * One link of a sentence alignment, by position in the two texts' sentences counted from 0 across
 * all their paragraphs.
 *
 * @param sourceStart the first source sentence
 * @param sources how many source sentences, 0 to 2
 * @param targetStart the first target sentence
 * @param targets how many target sentences, 0 to 2
 * @param confidence how sure the aligner is, from 0 to 1; 0 when one side is empty
 */
public record SentenceLink(
    int sourceStart, int sources, int targetStart, int targets, double confidence) {

  public SentenceLink {
    if (sources < 0 || targets < 0 || sources + targets == 0) {
      throw new IllegalArgumentException("a link has a source or a target");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence outside 0-1: " + confidence);
    }
  }

  /** {@code 1:1}, {@code 2:1}, {@code 0:1} … */
  public String kind() {
    return sources + ":" + targets;
  }
}
