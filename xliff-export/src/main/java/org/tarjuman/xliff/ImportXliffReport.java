package org.tarjuman.xliff;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * What importing a returned XLIFF file did.
 *
 * @param file the file read
 * @param xliffVersion the file's XLIFF version ({@link XliffVersion#V2_1} for any 2.x)
 * @param documentId the document the file belongs to
 * @param documentName the document's name
 * @param version the document version the file was exported from
 * @param target the language the translations were stored under
 * @param updated translations stored: new ones and changed ones (the earlier text kept in history)
 * @param unchanged units whose target and state equal the stored translation
 * @param empty units without a target, or with an empty one (nothing is deleted)
 * @param rejections units not applied, each with its id and the reason, in file order
 * @param tmUnitsAdded translation memory units added from confirmed translations
 * @param repetitions other occurrences of a confirmed translation's source in the document version
 *     that got it as a draft (origin {@code repetition})
 */
public record ImportXliffReport(
    Path file,
    XliffVersion xliffVersion,
    long documentId,
    String documentName,
    int version,
    Locale target,
    int updated,
    int unchanged,
    int empty,
    List<Rejection> rejections,
    int tmUnitsAdded,
    int repetitions) {

  /** A report of an import that filled in no repetition. */
  public ImportXliffReport(
      Path file,
      XliffVersion xliffVersion,
      long documentId,
      String documentName,
      int version,
      Locale target,
      int updated,
      int unchanged,
      int empty,
      List<Rejection> rejections,
      int tmUnitsAdded) {
    this(
        file,
        xliffVersion,
        documentId,
        documentName,
        version,
        target,
        updated,
        unchanged,
        empty,
        rejections,
        tmUnitsAdded,
        0);
  }

  public ImportXliffReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(xliffVersion, "xliffVersion");
    Objects.requireNonNull(documentName, "documentName");
    Objects.requireNonNull(target, "target");
    rejections = List.copyOf(rejections);
  }

  /** How many units were rejected. */
  public int rejected() {
    return rejections.size();
  }
}
