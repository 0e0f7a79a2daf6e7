package org.tarjuman.xliff.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An XLIFF file exported by Tarjuman and edited by a CAT tool, as read back.
 *
 * @param version the file's XLIFF version ({@link XliffVersion#V2_1} stands for any 2.x)
 * @param source the source language
 * @param target the target language
 * @param documentName the file's {@code original}, the document's name at export
 * @param documentId the document id the export wrote
 * @param documentVersion the document version the export wrote
 * @param units the units in file order
 */
public record ReturnedFile(
    XliffVersion version,
    Locale source,
    Locale target,
    String documentName,
    long documentId,
    int documentVersion,
    List<ReturnedUnit> units) {
  public ReturnedFile {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(documentName, "documentName");
    units = List.copyOf(units);
  }
}
