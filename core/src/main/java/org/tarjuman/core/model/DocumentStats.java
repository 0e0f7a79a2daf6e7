package org.tarjuman.core.model;

import java.util.List;

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
 * @param analyses per target language, the match bands of the version against the TM, in the
 *     order of the document's targets; empty when not computed
 */
public record DocumentStats(
    String documentName,
    int version,
    int segments,
    long words,
    long characters,
    int repeatedSegments,
    long repeatedWords,
    List<MatchAnalysis> analyses) {

  public DocumentStats {
    analyses = List.copyOf(analyses);
  }

  /** Counts without match bands. */
  public DocumentStats(
      String documentName,
      int version,
      int segments,
      long words,
      long characters,
      int repeatedSegments,
      long repeatedWords) {
    this(
        documentName,
        version,
        segments,
        words,
        characters,
        repeatedSegments,
        repeatedWords,
        List.of());
  }

  /** The same counts with these match bands. */
  public DocumentStats withAnalyses(List<MatchAnalysis> bands) {
    return new DocumentStats(
        documentName, version, segments, words, characters, repeatedSegments, repeatedWords, bands);
  }
}
