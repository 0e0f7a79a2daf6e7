package org.tarjuman.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param changes for a new version of a document, how it differs from the previous version and
 *     what was carried over; empty for a first version
 * @param skippedBy the strings left out, by reason: the file marks them as not to translate, or
 *     they are empty; reasons without any are left out
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
    Optional<VersionChanges> changes,
    Map<SkipReason, Integer> skippedBy) {
  public ImportReport {
    warnings = List.copyOf(warnings);
    leverage = List.copyOf(leverage);
    Objects.requireNonNull(changes, "changes");
    EnumMap<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
    skippedBy.forEach(
        (reason, count) -> {
          if (count < 0) {
            throw new IllegalArgumentException("skipped < 0: " + reason);
          }
          if (count > 0) {
            counts.put(reason, count);
          }
        });
    skippedBy = Collections.unmodifiableMap(counts);
  }

  /** A report of a first version, or without changes to report, and without skipped units. */
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
        documentId,
        name,
        version,
        mediaType,
        charset,
        units,
        segments,
        words,
        warnings,
        leverage,
        Optional.empty(),
        Map.of());
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

  /** The strings left out, for every reason together. */
  public int skipped() {
    return skippedBy.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** This report with the TM analysis. */
  public ImportReport withLeverage(List<MatchAnalysis> analyses) {
    return new ImportReport(
        documentId, name, version, mediaType, charset, units, segments, words, warnings, analyses,
        changes, skippedBy);
  }

  /** This report with the changes against the previous version. */
  public ImportReport withChanges(Optional<VersionChanges> versionChanges) {
    return new ImportReport(
        documentId, name, version, mediaType, charset, units, segments, words, warnings, leverage,
        versionChanges, skippedBy);
  }

  /** This report with one more warning. */
  public ImportReport withWarning(String warning) {
    List<String> all = new ArrayList<>(warnings);
    all.add(warning);
    return new ImportReport(
        documentId, name, version, mediaType, charset, units, segments, words, all, leverage,
        changes, skippedBy);
  }
}
