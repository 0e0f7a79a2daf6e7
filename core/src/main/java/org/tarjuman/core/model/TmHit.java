package org.tarjuman.core.model;

/**
 * A concordance hit in the translation memory: a unit whose source contains the query, after Arabic
 * normalisation.
 *
 * @param id the unit's id in the TM
 * @param unit the unit
 * @param start where the match starts in the unit's source plain text, or -1 when unknown
 * @param end where it ends (exclusive), or -1
 */
public record TmHit(long id, TmUnit unit, int start, int end) {}
