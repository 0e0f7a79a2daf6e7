package org.tarjuman.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarjuman.core.InvalidInputException;

/**
 * A document as listed by {@code docs}: its latest version and progress per target language.
 *
 * @param id the document's id
 * @param name the document's name (unique in a workspace)
 * @param version the latest version number
 * @param versionId the latest version's id
 * @param source the source language
 * @param targets the target languages
 * @param mediaType the detected media type of the latest version
 * @param charset the detected encoding of the latest version ("" for binary formats)
 * @param sha256 the hex SHA-256 of the latest version's original bytes
 * @param segments the latest version's segment count
 * @param words the latest version's word count
 * @param importedAt when the latest version was imported
 * @param translated per target language, how many segments have a translation (any status but new)
 */
public record DocumentSummary(
    long id,
    String name,
    int version,
    long versionId,
    Locale source,
    List<Locale> targets,
    String mediaType,
    String charset,
    String sha256,
    int segments,
    long words,
    Instant importedAt,
    Map<Locale, Integer> translated) {
  public DocumentSummary {
    targets = List.copyOf(targets);
    translated = Map.copyOf(translated);
  }

  /**
   * This document's target language that {@code requested} names: the same tag, or the only one
   * alike ({@link LanguageTags#documentTarget}), so that {@code en} finds a document in {@code
   * en-US}.
   *
   * @throws InvalidInputException naming the document's target languages when none is named
   */
  public Locale target(Locale requested) {
    return LanguageTags.documentTarget(requested, targets)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "document '"
                        + name
                        + "' is not translated into "
                        + requested.toLanguageTag()
                        + "; its target languages are "
                        + String.join(", ", targets.stream().map(Locale::toLanguageTag).toList())));
  }

  /**
   * Checks that the document is translated into {@code target}.
   *
   * @throws InvalidInputException naming the document's target languages when it is not
   */
  public void requireTarget(Locale target) {
    if (!targets.contains(target)) {
      throw new InvalidInputException(
          name
              + " is not translated into "
              + target.toLanguageTag()
              + "; its target languages: "
              + String.join(", ", targets.stream().map(Locale::toLanguageTag).toList()));
    }
  }
}
