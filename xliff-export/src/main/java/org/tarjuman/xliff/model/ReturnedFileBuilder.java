package org.tarjuman.xliff.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.IdSet;
import org.tarjuman.core.model.LanguageTags;

/**
 * Collects what a reader finds in an XLIFF file and checks, once the whole file was read, that
 * Tarjuman exported it.
 *
 * <p>The check comes last on purpose: a file that is not XLIFF, or not valid XLIFF, is reported as
 * such, and only a file that was read without error is told that it was not exported from this
 * workspace.
 *
 * <p>A builder keeps the units, or hands each one on as it is added ({@link #streaming}), so a
 * large file is never held whole; or it reads only the file's head, up to its first unit ({@link
 * #headOnly}), and the reader stops there ({@link #done()}).
 */
public final class ReturnedFileBuilder {

  /** The words of the error for a readable file without Tarjuman's document id. */
  public static final String NOT_EXPORTED = "not exported from this workspace";

  private final String fileLabel;
  private final XliffVersion version;
  private final List<ReturnedUnit> units = new ArrayList<>();
  private final Consumer<ReturnedUnit> sink;
  private final boolean headOnly;
  /** The ids of the units added in this {@code <file>}: Tarjuman's as numbers, others as text. */
  private final IdSet segmentUnitIds = new IdSet();
  private final Set<String> otherUnitIds = new HashSet<>();
  private boolean done;
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
    this(fileLabel, version, null, /* headOnly= */ false);
  }

  private ReturnedFileBuilder(
      String fileLabel, XliffVersion version, Consumer<ReturnedUnit> sink, boolean headOnly) {
    this.fileLabel = fileLabel;
    this.version = version;
    this.sink = sink == null ? units::add : sink;
    this.headOnly = headOnly;
  }

  /**
   * A builder that hands each unit to {@code sink} as it is added (after the duplicate check) and
   * keeps none: the file it builds has no units.
   */
  public static ReturnedFileBuilder streaming(
      String fileLabel, XliffVersion version, Consumer<ReturnedUnit> sink) {
    return new ReturnedFileBuilder(fileLabel, version, sink, /* headOnly= */ false);
  }

  /** A builder for a file's head: the first unit added ends the reading ({@link #done()}). */
  public static ReturnedFileBuilder headOnly(String fileLabel, XliffVersion version) {
    return new ReturnedFileBuilder(fileLabel, version, unit -> {}, /* headOnly= */ true);
  }

  /** Whether the reader may stop: a head-only builder was offered its first unit. */
  public boolean done() {
    return done;
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
    segmentUnitIds.clear();
    otherUnitIds.clear();
  }

  /**
   * Adds a unit; false (and nothing added) when a unit with the same id was added before in the
   * same {@code <file>}.
   */
  public boolean add(ReturnedUnit unit) {
    if (headOnly) {
      done = true;
      return true;
    }
    boolean added =
        UnitId.parse(unit.unitId())
            .map(id -> segmentUnitIds.add(id.segmentId()))
            .orElseGet(() -> otherUnitIds.add(unit.unitId()));
    if (!added) {
      return false;
    }
    sink.accept(unit);
    return true;
  }

  /**
   * The file as far as it was read, without units, if it already names its document id, version
   * and both languages (a Tarjuman export names them before its first unit).
   *
   * @throws InvalidInputException when what it names is unusable, as {@link #build()} would
   */
  public Optional<ReturnedFile> head() {
    if (documentId == null || documentVersion == null || sourceTag == null || targetTag == null) {
      return Optional.empty();
    }
    return Optional.of(build());
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
