package org.tarjuman.core.model;

import java.util.Locale;

/**
 * What a TMX import did.
 *
 * @param source the source language imported
 * @param target the target language imported
 * @param read units of the pair read from the file
 * @param added units added to the TM
 * @param duplicates units already in the TM (same source and target), left out
 */
public record TmxImportReport(
    Locale source, Locale target, long read, long added, long duplicates) {}
