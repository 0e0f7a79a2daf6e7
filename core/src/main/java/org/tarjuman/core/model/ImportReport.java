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
    List<String> warnings) {
  public ImportReport {
    warnings = List.copyOf(warnings);
  }
}
