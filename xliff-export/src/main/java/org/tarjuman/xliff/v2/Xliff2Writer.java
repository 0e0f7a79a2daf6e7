package org.tarjuman.xliff.v2;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.MidFileData;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Part.GetTarget;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.matches.Match;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.metadata.Metadata;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.tarjuman.core.TarjumanException;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.Suggestion;
import org.tarjuman.xliff.model.UnitId;
import org.tarjuman.xliff.xml.NonClosingOutputStream;

/**
 * Writes an export as XLIFF 2.1 (XLIFF 2.1 §4.2.2, with the §5.1 and §5.4 modules) with
 * okapi-lib-xliff2's {@link XLIFFWriter}.
 *
 * <p>The document ({@code <xliff version="2.1">}, XLIFF 2.1 §4.2.2) has {@code srcLang} and {@code
 * trgLang} and one {@code <file>} whose {@code original} is the document's name and whose {@code
 * canResegment="no"} asks tools to keep one segment per unit. The file's {@code <mda:metadata>}
 * (Metadata module, §5.4) holds a {@code metaGroup category="tarjuman"} with the {@code
 * document-id} and {@code document-version}, which an import needs; a file note says so to the
 * translator.
 *
 * <p>Each stored segment is one {@code <unit id="s<segment id>">} with one {@code <segment
 * id="seg">}, a note naming document, version and segment, its source, and its translation as
 * {@code <target>} with {@code state} and {@code subState} (see {@link Xliff2States}). Inline codes
 * keep their original text (see {@link Xliff2Content}). Suggestions are {@code <mtc:match>}
 * elements (Translation Candidates module, §5.1) pointing at the segment, with {@code similarity},
 * {@code type} and {@code origin}.
 *
 * <p>Lines end with {@code \n} whatever the platform, and nothing depends on the time: the same
 * input gives the same bytes.
 */
public final class Xliff2Writer {

  /** The {@code mda:metaGroup/@category} holding the document id and version. */
  public static final String META_CATEGORY = "tarjuman";

  /** The {@code mda:meta/@type} of the document id. */
  public static final String DOCUMENT_ID = "document-id";

  /** The {@code mda:meta/@type} of the document version. */
  public static final String DOCUMENT_VERSION = "document-version";

  /** The id of the one segment of each unit. */
  static final String SEGMENT_ID = "seg";

  /** The category of the notes Tarjuman writes. */
  static final String NOTE_CATEGORY = "tarjuman";

  /**
   * Writes the export to a stream, which is flushed and left open.
   *
   * @throws TarjumanException when the stream cannot be written
   */
  public void write(ExportInput input, OutputStream out) {
    NonClosingOutputStream output = new NonClosingOutputStream(out);
    XLIFFWriter writer = new XLIFFWriter();
    writer.setLineBreak("\n");
    writer.setUseIndentation(true);
    writer.setWithOriginalData(true);
    try {
      writer.create(
          new OutputStreamWriter(output, StandardCharsets.UTF_8),
          input.source().toLanguageTag(),
          input.target().toLanguageTag());
      StartXliffData document = new StartXliffData("2.1");
      document.setSourceLanguage(input.source().toLanguageTag());
      document.setTargetLanguage(input.target().toLanguageTag());
      writer.writeStartDocument(document, null);
      StartFileData file = fileData(input);
      writer.writeStartFile(file);
      writer.writeMidFile(documentMetadata(input));
      for (SegmentView segment : input.segments()) {
        writer.writeUnit(unitFor(input, segment, file));
      }
      writer.writeEndFile();
      writer.writeEndDocument();
      writer.close();
    } catch (XLIFFException e) {
      throw new TarjumanException("cannot write the XLIFF 2.1 file: " + e.getMessage(), e);
    }
    if (output.failure().isPresent()) {
      IOException failure = output.failure().get();
      throw new TarjumanException(
          "cannot write the XLIFF 2.1 file: " + failure.getMessage(), failure);
    }
  }

  private static StartFileData fileData(ExportInput input) {
    StartFileData file = new StartFileData("d" + input.documentId() + "-v" + input.version());
    file.setOriginal(input.documentName());
    file.setCanResegment(false);
    return file;
  }

  private static MidFileData documentMetadata(ExportInput input) {
    MetaGroup group = new MetaGroup();
    group.setCategory(META_CATEGORY);
    group.add(new Meta(DOCUMENT_ID, Long.toString(input.documentId())));
    group.add(new Meta(DOCUMENT_VERSION, Integer.toString(input.version())));
    Metadata metadata = new Metadata();
    metadata.addGroup(group);
    MidFileData mid = new MidFileData();
    mid.setMetadata(metadata);
    Note note =
        new Note(
            "Exported by Tarjuman from document \""
                + input.documentName()
                + "\" (id "
                + input.documentId()
                + "), version "
                + input.version()
                + ". Keep the unit ids and the tarjuman metadata: import-xliff needs them.");
    note.setCategory(NOTE_CATEGORY);
    mid.addNote(note);
    return mid;
  }

  private static Unit unitFor(ExportInput input, SegmentView segment, StartFileData file) {
    Unit unit = new Unit(new UnitId(segment.id()).value(), file);
    unit.setCanResegment(false);
    segment.resourceName().ifPresent(unit::setName);
    Note note = new Note(input.noteFor(segment));
    note.setCategory(NOTE_CATEGORY);
    unit.addNote(note);
    if (!segment.unitNote().isEmpty()) {
      // The source file's own note for the translator (XLIFF 2.1 §4.3.1.49 <note>).
      unit.addNote(new Note(segment.unitNote()));
    }
    Segment part = unit.appendSegment();
    part.setId(SEGMENT_ID);
    part.setCanResegment(false);
    part.setPreserveWS(true);
    Xliff2Content.append(part.getSource(), segment.source());
    Optional<TranslationView> translation =
        input.translationOf(segment).filter(t -> !t.content().coded().isEmpty());
    if (translation.isPresent()) {
      Xliff2Content.append(part.getTarget(GetTarget.CREATE_EMPTY), translation.get().content());
      part.setState(Xliff2States.stateOf(translation.get().status()));
      part.setSubState(Xliff2States.subStateOf(translation.get().status()));
    }
    for (Suggestion suggestion : input.suggestionsFor(segment)) {
      unit.getMatches().add(matchFor(suggestion));
    }
    return unit;
  }

  private static Match matchFor(Suggestion suggestion) {
    Match match = new Match();
    match.setRef(Match.MATCH_REF_PREFIX + SEGMENT_ID);
    match.setType(
        switch (suggestion.origin()) {
          case TM_EXACT, TM_FUZZY, REPETITION, ALIGNED -> "tm";
          case CARRIED_OVER -> "idm";
          default -> "other";
        });
    // The score compares the sources (similarity); it is also the best estimate of the
    // candidate's quality for this segment, which is what CAT tools sort and filter by.
    match.setSimilarity((double) suggestion.score());
    match.setMatchQuality((double) suggestion.score());
    match.setOrigin(suggestion.origin().label());
    Fragment source = new Fragment(match.getStore(), false);
    Xliff2Content.append(source, suggestion.source());
    match.setSource(source);
    Fragment target = new Fragment(match.getStore(), true);
    Xliff2Content.append(target, suggestion.target());
    match.setTarget(target);
    return match;
  }
}
