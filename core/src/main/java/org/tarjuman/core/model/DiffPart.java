package org.tarjuman.core.model;

import java.util.Objects;

/**
 * A piece of a TM match's source compared with the query, for display.
 *
 * @param kind whether the piece is in both, only in the match, or only in the query
 * @param text the piece as written in the match's source ({@link Kind#SAME}, {@link Kind#ADDED}) or
 *     in the query ({@link Kind#MISSING}), with the whitespace before it
 */
public record DiffPart(Kind kind, String text) {

  /** How a piece of text differs. */
  public enum Kind {
    /** In the query and in the match. */
    SAME,
    /** In the match's source but not in the query. */
    ADDED,
    /** In the query but not in the match's source. */
    MISSING
  }

  public DiffPart {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
