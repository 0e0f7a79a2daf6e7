package org.tarjuman.core.model;

/**
 * Counts for one document version, as CAT tools' analysis reports give them.
 *
 * @param documentName the document's name
 * @param version the version counted
 * @param segments the number of segments
 * @param words the number of words (Okapi's GMX-V word counter)
 * @param characters the number of characters of the sources' plain text, without whitespace
 * @param repeatedSegments segments whose normalised source occurs earlier in the same version
 * @param repeatedWords the words of those repeated segments
 */
public record DocumentStats(
    String documentName,
    int version,
    int segments,
    long words,
    long characters,
    int repeatedSegments,
    long repeatedWords) {}
