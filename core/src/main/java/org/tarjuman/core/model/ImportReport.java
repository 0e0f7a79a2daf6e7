package org.tarjuman.core.model;

import java.util.List;

/**
 * What an import did.
 *
 * @param documentId the document's id
 * @param name the document's name
 * @param version the version number this import created, from 1
 * @param mediaType the detected media type
 * @param charset the detected encoding, or empty for binary formats
 * @param units the number of translation units
 * @param segments the number of segments
 * @param words the number of words (GMX-V)
 * @param warnings anything the user should know
 * @param leverage the match bands against the TM per target language, and the drafts filled in from
 *     exact matches; empty when no analysis was run
 * @param skipped the units left out because the file marks them as not to translate or they are
 *     empty
 */
public record ImportReport(
    long documentId,
    String name,
    int version,
    String mediaType,
    String charset,
    int units,
    int segments,
    long words,
    List<String> warnings,
    List<MatchAnalysis> leverage,
    int skipped) {
  public ImportReport {
    warnings = List.copyOf(warnings);
    leverage = List.copyOf(leverage);
    if (skipped < 0) {
      throw new IllegalArgumentException("skipped < 0");
    }
  }

  /** A report without skipped units. */
  public ImportReport(
      long documentId,
      String name,
      int version,
      String mediaType,
      String charset,
      int units,
      int segments,
      long words,
      List<String> warnings,
      List<MatchAnalysis> leverage) {
    this(
        documentId, name, version, mediaType, charset, units, segments, words, warnings, leverage,
        0);
  }

  /** A report without a TM analysis. */
  public ImportReport(
      long documentId,
      String name,
      int version,
      String mediaType,
      String charset,
      int units,
      int segments,
      long words,
      List<String> warnings) {
    this(
        documentId, name, version, mediaType, charset, units, segments, words, warnings, List.of());
  }

  /** This report with the TM analysis. */
  public ImportReport withLeverage(List<MatchAnalysis> analyses) {
    return new ImportReport(
        documentId,
        name,
        version,
        mediaType,
        charset,
        units,
        segments,
        words,
        warnings,
        analyses,
        skipped);
  }
}
