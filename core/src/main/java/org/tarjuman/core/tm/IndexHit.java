package org.tarjuman.core.tm;

/**
 * A unit the index found for a query.
 *
 * @param id the unit's id in the store
 * @param score its {@link FuzzyScore}, before any context bonus
 */
public record IndexHit(long id, int score) {}
