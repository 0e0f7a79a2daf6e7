package org.tarjuman.core.model;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a TMX export wrote.
 *
 * @param file the TMX file
 * @param source the source language
 * @param target the target language
 * @param units the number of units written
 */
public record TmxExportReport(Path file, Locale source, Locale target, long units) {}
