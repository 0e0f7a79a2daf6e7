package org.tarjuman.xliff.v2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import net.sf.okapi.lib.xliff2.URIParser;
import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.core.MidFileData;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.metadata.IMetadataItem;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Status;
import org.tarjuman.xliff.model.CodeIds;
import org.tarjuman.xliff.model.ContentBuilder;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.model.ReturnedFileBuilder;
import org.tarjuman.xliff.model.ReturnedUnit;
import org.tarjuman.xliff.model.XliffVersion;
import org.tarjuman.xliff.xml.SafeXmlReader;

/**
 * Reads an XLIFF 2.0 or 2.1 file (XLIFF 2.1 §4.2.2) as it comes back from a CAT tool, with
 * okapi-lib-xliff2's validating, event-based {@link XLIFFReader}.
 *
 * <p>The file is read twice, streaming both times. First with {@link SafeXmlReader}, which refuses
 * a document type declaration (XLIFF 2.1 §4.1) and reports a file that is not well-formed with its
 * line and column. Then with Okapi's reader at {@link XLIFFReader#VALIDATION_MAXIMAL}: it validates
 * against the core and module schemas and checks many processing requirements (unique ids, {@code
 * dataRef} targets, {@code sm}/{@code em} pairing, {@code canDelete}/{@code canCopy} rules, …), and
 * hands over one {@code <unit>} at a time.
 *
 * <p>One check of Okapi's is worked around: a glossary reference into another resource, which Okapi
 * mistakes for a reference into the unit ({@link ForeignGlossaryRefs}).
 *
 * <p>A unit's parts are joined, so a tool that split the segment despite {@code canResegment="no"}
 * still returns the whole text; its status is the lowest of its segments'.
 */
public final class Xliff2Reader {

  private final Map<String, String> fragmentPrefixes;

  /** A reader that knows the fragment-identifier prefixes of XLIFF 2.1's modules. */
  public Xliff2Reader() {
    this(Map.of());
  }

  /**
   * A reader that also knows extensions' fragment-identifier prefixes (XLIFF 2.1, Fragment
   * Identification): a reference with any other prefix makes a file invalid.
   *
   * @param fragmentPrefixes extension namespace URI to prefix, e.g. {@code
   *     urn:iso:std:iso:30042:ed-1:v1:en} to {@code tbx}
   */
  public Xliff2Reader(Map<String, String> fragmentPrefixes) {
    this.fragmentPrefixes = Map.copyOf(fragmentPrefixes);
  }

  /**
   * Reads a file.
   *
   * @throws InvalidInputException when the file is not well-formed, not valid XLIFF 2, or not made
   *     by Tarjuman (only after it was read without error)
   */
  public ReturnedFile read(Path file) {
    return readWith(file, label -> new ReturnedFileBuilder(label, XliffVersion.V2_1));
  }

  /**
   * Reads a file as {@link #read(Path)} does, handing each unit to {@code units} as it is read
   * instead of keeping it; the file returned has no units.
   */
  public ReturnedFile read(Path file, Consumer<ReturnedUnit> units) {
    return readWith(file, label -> ReturnedFileBuilder.streaming(label, XliffVersion.V2_1, units));
  }

  /**
   * The file's head, read with Okapi's validating reader up to its first unit: empty when it does
   * not name its document and languages before that.
   *
   * @throws InvalidInputException for anything wrong with what was read
   */
  public Optional<ReturnedFile> head(Path file) {
    String label = SafeXmlReader.labelOf(file);
    ReturnedFileBuilder head = ReturnedFileBuilder.headOnly(label, XliffVersion.V2_1);
    readValidated(file, label, head);
    return head.head();
  }

  private ReturnedFile readWith(Path file, Function<String, ReturnedFileBuilder> builders) {
    boolean foreignGlossaryRefs = false;
    try (SafeXmlReader xml = SafeXmlReader.open(file)) {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          foreignGlossaryRefs |= ForeignGlossaryRefs.isForeign(xml.stream());
        }
      }
    }
    String label = SafeXmlReader.labelOf(file);
    ReturnedFileBuilder builder = builders.apply(label);
    if (!foreignGlossaryRefs) {
      readValidated(file, label, builder);
      return builder.build();
    }
    Path copy = ForeignGlossaryRefs.copyWithout(file, label);
    try {
      readValidated(copy, label, builder);
      return builder.build();
    } finally {
      deleteQuietly(copy);
    }
  }

  /**
   * Reads a well-formed file with Okapi's validating reader into a builder, until the file ends or
   * the builder is done; messages name the file by its label.
   */
  private void readValidated(Path file, String label, ReturnedFileBuilder builder) {
    URIParser uriParser = new URIParser();
    uriParser.addPrefixes(fragmentPrefixes);
    try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL, uriParser)) {
      reader.open(file.toFile());
      while (reader.hasNext() && !builder.done()) {
        take(reader.next(), builder, label);
      }
    } catch (XLIFFException
        | net.sf.okapi.lib.xliff2.InvalidParameterException
        | IllegalArgumentException e) {
      // Okapi reports processing-requirement violations with these types; its model's setters
      // refuse a bad value (a <ctr:revisions ref> that is no NMTOKEN) with IllegalArgumentException,
      // of which java.security.InvalidParameterException is one.
      throw new InvalidInputException(label + ": not valid XLIFF 2: " + oneLine(e), e);
    }
  }

  private static void deleteQuietly(Path copy) {
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      // A temporary copy left behind wastes space but changes nothing; the system cleans it up.
    }
  }

  private static void take(Event event, ReturnedFileBuilder builder, String label) {
    switch (event.getType()) {
      case START_XLIFF -> {
        StartXliffData document = event.getStartXliffData();
        builder.languages(document.getSourceLanguage(), document.getTargetLanguage());
      }
      case START_FILE -> {
        builder.startFile();
        builder.documentName(event.getStartFileData().getOriginal());
      }
      case MID_FILE -> readMetadata(event.getMidFileData(), builder);
      case TEXT_UNIT -> {
        Unit unit = event.getUnit();
        builder.add(returnedUnit(unit)); // Okapi checks that unit ids are unique in a <file>
      }
      default -> {
        // Groups, skeletons and the document's start and end carry nothing Tarjuman needs.
      }
    }
  }

  private static void readMetadata(MidFileData mid, ReturnedFileBuilder builder) {
    if (!mid.hasMetadata()) {
      return;
    }
    for (MetaGroup group : mid.getMetadata()) {
      if (!Xliff2Writer.META_CATEGORY.equals(group.getCategory())) {
        continue;
      }
      for (IMetadataItem item : group) {
        if (item instanceof Meta meta) {
          if (Xliff2Writer.DOCUMENT_ID.equals(meta.getType())) {
            builder.documentId(meta.getData());
          } else if (Xliff2Writer.DOCUMENT_VERSION.equals(meta.getType())) {
            builder.documentVersion(meta.getData());
          }
        }
      }
    }
  }

  private static ReturnedUnit returnedUnit(Unit unit) {
    CodeIds codeIds = new CodeIds();
    ContentBuilder source = new ContentBuilder();
    ContentBuilder target = new ContentBuilder();
    boolean hasTarget = false;
    boolean preserve = true;
    Status lowest = null;
    for (Part part : unit) {
      preserve &= part.getPreserveWS();
      Xliff2Content.appendTo(source, part.getSource(), codeIds);
      if (part.hasTarget()) {
        hasTarget = true;
        Xliff2Content.appendTo(target, part.getTarget(), codeIds);
      } else if (!part.isSegment()) {
        // An <ignorable> without target keeps its source in the target (XLIFF 2.1 §4.2.2).
        Xliff2Content.appendTo(target, part.getSource(), codeIds);
      }
      if (part instanceof Segment segment) {
        Status status = Xliff2States.statusOf(segment.getState(), segment.getSubState());
        lowest = lowest == null || status.compareTo(lowest) < 0 ? status : lowest;
      }
    }
    Content sourceContent = source.build(preserve);
    Optional<Content> targetContent =
        hasTarget
            ? Optional.of(ReturnedUnit.withSourceCodes(target.build(preserve), sourceContent))
            : Optional.empty();
    Optional<Status> state =
        targetContent.isPresent() ? Optional.ofNullable(lowest) : Optional.empty();
    return new ReturnedUnit(unit.getId(), sourceContent, targetContent, state, notesOf(unit));
  }

  private static List<String> notesOf(Unit unit) {
    List<String> notes = new ArrayList<>();
    if (unit.getNoteCount() > 0) {
      for (Note note : unit.getNotes()) {
        notes.add(note.getText());
      }
    }
    return notes;
  }

  private static String oneLine(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.strip().replaceAll("\\s*\\R\\s*", " ").replace(": :", ":");
  }
}
