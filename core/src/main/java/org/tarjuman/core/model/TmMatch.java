package org.tarjuman.core.model;

import java.util.List;

/**
 * A TM unit found for a query.
 *
 * @param id the unit's id in the TM
 * @param unit the unit
 * @param score 101 for an in-context exact match (same source, previous and next segment), 100 for
 *     an exact match (same normalised source and inline codes), else the fuzzy score
 * @param differences the unit's source compared with the query, token by token
 */
public record TmMatch(long id, TmUnit unit, int score, List<DiffPart> differences) {

  /** The score of an exact match whose neighbouring segments match too. */
  public static final int IN_CONTEXT = 101;

  /** The score of an exact match. */
  public static final int EXACT = 100;

  public TmMatch {
    differences = List.copyOf(differences);
    if (score < 0 || score > IN_CONTEXT) {
      throw new IllegalArgumentException("score " + score + " outside 0-101");
    }
  }

  /**
   * The unit's source with differences marked in the style of {@code wdiff}: {@code {+text+}} only
   * in the match, {@code [-text-]} only in the query.
   */
  public String markedSource() {
    StringBuilder out = new StringBuilder();
    for (DiffPart part : differences) {
      switch (part.kind()) {
        case SAME -> out.append(part.text());
        case ADDED -> mark(out, part.text(), "{+", "+}");
        case MISSING -> mark(out, part.text(), "[-", "-]");
      }
    }
    return out.toString();
  }

  private static void mark(StringBuilder out, String text, String open, String close) {
    String stripped = text.stripLeading();
    out.append(text, 0, text.length() - stripped.length()).append(open).append(stripped);
    out.append(close);
  }
}
