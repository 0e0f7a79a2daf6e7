package org.tarjuman.xliff.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.LanguageTags;

/**
 * Collects what a reader finds in an XLIFF file and checks, once the whole file was read, that
 * Tarjuman exported it.
 *
 * <p>The check comes last on purpose: a file that is not XLIFF, or not valid XLIFF, is reported as
 * such, and only a file that was read without error is told that it was not exported from this
 * workspace.
 */
public final class ReturnedFileBuilder {

  /** The words of the error for a readable file without Tarjuman's document id. */
  public static final String NOT_EXPORTED = "not exported from this workspace";

  private final String fileLabel;
  private final XliffVersion version;
  private final List<ReturnedUnit> units = new ArrayList<>();
  private final Set<String> unitIds = new HashSet<>();
  private String sourceTag;
  private String targetTag;
  private String documentName;
  private String documentId;
  private String documentVersion;

  /**
   * A builder for one file.
   *
   * @param fileLabel how messages name the file (its name)
   * @param version the file's XLIFF version
   */
  public ReturnedFileBuilder(String fileLabel, XliffVersion version) {
    this.fileLabel = fileLabel;
    this.version = version;
  }

  /** Sets the languages as the file writes them (BCP 47 tags); a null tag leaves one unset. */
  public void languages(String source, String target) {
    if (source != null) {
      sourceTag = source;
    }
    if (target != null) {
      targetTag = target;
    }
  }

  /** Sets the document's name (the file's {@code original}) unless one was set before. */
  public void documentName(String name) {
    if (documentName == null && name != null) {
      documentName = name;
    }
  }

  /** Sets the document id the export wrote, as text. */
  public void documentId(String id) {
    documentId = id;
  }

  /** Sets the document version the export wrote, as text. */
  public void documentVersion(String number) {
    documentVersion = number;
  }

  /**
   * Starts a new {@code <file>}: unit ids need only be unique within one (XLIFF 1.2 §trans-unit,
   * XLIFF 2.1 §4.2.2 {@code <unit>}).
   */
  public void startFile() {
    unitIds.clear();
  }

  /**
   * Adds a unit; false (and nothing added) when a unit with the same id was added before in the
   * same {@code <file>}.
   */
  public boolean add(ReturnedUnit unit) {
    if (!unitIds.add(unit.unitId())) {
      return false;
    }
    units.add(unit);
    return true;
  }

  /**
   * The file as read.
   *
   * @throws InvalidInputException when the file carries no Tarjuman document id ({@link
   *     #NOT_EXPORTED}), or its languages or ids are unusable
   */
  public ReturnedFile build() {
    if (documentId == null || documentVersion == null) {
      throw new InvalidInputException(
          fileLabel
              + ": "
              + NOT_EXPORTED
              + " (it carries no Tarjuman document id); import the source document and"
              + " export XLIFF with export-xliff");
    }
    long id = parseNumber(documentId, "document id");
    int number = (int) parseNumber(documentVersion, "document version");
    if (sourceTag == null || targetTag == null) {
      throw new InvalidInputException(
          fileLabel
              + ": the file names no "
              + (sourceTag == null ? "source" : "target")
              + " language");
    }
    Locale source = language(sourceTag);
    Locale target = language(targetTag);
    return new ReturnedFile(
        version, source, target, documentName == null ? "" : documentName, id, number, units);
  }

  private long parseNumber(String text, String what) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()
        || trimmed.length() > 18
        || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidInputException(
          fileLabel
              + ": the "
              + what
              + " '"
              + text
              + "' is not a number; was the file edited by"
              + " hand? Export it again with export-xliff");
    }
    long value = Long.parseLong(trimmed);
    if (what.equals("document version") && (value < 1 || value > Integer.MAX_VALUE)) {
      throw new InvalidInputException(fileLabel + ": no such " + what + ": " + text);
    }
    return value;
  }

  private Locale language(String tag) {
    try {
      return LanguageTags.parse(tag);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(fileLabel + ": " + e.getMessage(), e);
    }
  }
}
