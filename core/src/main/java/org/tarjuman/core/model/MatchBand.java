package org.tarjuman.core.model;

/**
 * The bands of a CAT tool's analysis report, best first: where a segment's best TM match falls. A
 * repetition is a segment whose normalised source occurs earlier in the same document and that has
 * no exact TM match of its own.
 */
public enum MatchBand {
  IN_CONTEXT("in-context"),
  EXACT("100%"),
  REPETITION("repetition"),
  FUZZY_95_99("95-99%"),
  FUZZY_85_94("85-94%"),
  FUZZY_75_84("75-84%"),
  FUZZY_50_74("50-74%"),
  NO_MATCH("no match");

  /** The lowest score that counts as a match at all. */
  public static final int LOWEST_FUZZY = 50;

  private final String label;

  MatchBand(String label) {
    this.label = label;
  }

  /** The label users see ({@code 85-94%}). */
  public String label() {
    return label;
  }

  /** The band of a best TM score (0 when there is no match); repetitions are decided elsewhere. */
  public static MatchBand ofScore(int score) {
    if (score > TmMatch.EXACT) {
      return IN_CONTEXT;
    } else if (score == TmMatch.EXACT) {
      return EXACT;
    } else if (score >= 95) {
      return FUZZY_95_99;
    } else if (score >= 85) {
      return FUZZY_85_94;
    } else if (score >= 75) {
      return FUZZY_75_84;
    } else if (score >= LOWEST_FUZZY) {
      return FUZZY_50_74;
    }
    return NO_MATCH;
  }
}
