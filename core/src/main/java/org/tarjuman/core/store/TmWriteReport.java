package org.tarjuman.core.store;

/**
 * What adding units to the TM did.
 *
 * @param added units written
 * @param duplicates units left out because the TM already had the same source and target in the
 *     same language pair
 */
public record TmWriteReport(long added, long duplicates) {}
