package org.tarjuman.core.model;

/**
 * A concordance hit in the translation memory: a unit whose source, or target, contains the query
 * after Arabic normalisation.
 *
 * @param id the unit's id in the TM
 * @param unit the unit
 * @param start where the match starts in the plain text searched (the unit's source, or its target
 *     when {@code inTarget}), or -1 when unknown
 * @param end where it ends (exclusive), or -1
 * @param inTarget whether the match is in the unit's target rather than in its source
 */
public record TmHit(long id, TmUnit unit, int start, int end, boolean inTarget) {

  /** A hit in a unit's source. */
  public TmHit(long id, TmUnit unit, int start, int end) {
    this(id, unit, start, end, false);
  }
}
