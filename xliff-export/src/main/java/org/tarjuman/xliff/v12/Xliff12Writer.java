package org.tarjuman.xliff.v12;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.annotation.XLIFFContextGroup;
import net.sf.okapi.common.encoder.EncoderManager;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.filterwriter.XLIFFWriterParameters;
import net.sf.okapi.common.query.MatchType;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.StartGroup;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnit;
import org.tarjuman.core.TarjumanException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.okapi.OkapiContent;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.Suggestion;
import org.tarjuman.xliff.model.UnitId;
import org.tarjuman.xliff.xml.NonClosingOutputStream;

/**
 * Writes an export as XLIFF 1.2 (XLIFF 1.2 §xliff, §file, §trans-unit) with Okapi's {@link
 * XLIFFWriter}.
 *
 * <p>The file (XLIFF 1.2 §file) has one {@code <file>} whose {@code original} is the document's
 * name, with the source and target languages and a {@code <tool>} header naming Tarjuman. Its body
 * holds one {@code <group>} for the document version, whose {@code <context-group name="tarjuman">}
 * carries the document id and version as {@code x-tarjuman-document-id} and {@code
 * x-tarjuman-document-version} contexts (§context-type: custom types start with {@code x-}). Inside
 * it is one {@code <trans-unit>} per stored segment, with {@code id="s<segment id>"}, {@code
 * xml:space="preserve"} and a note naming document, version and segment. A segment of a software
 * string carries the string's resource key as {@code resname} (§resname), and the source file's
 * own note for the translator as a second {@code <note>}.
 *
 * <p>Inline codes are written as {@code <ph>} (placeholders) and {@code <bpt>}/{@code <ept>}
 * (paired codes) holding the original text, with {@code equiv-text} and an {@code x-} {@code ctype}
 * (§ph, §bpt). A stored translation becomes a {@code <target>} with a {@code state} (see {@link
 * Xliff12States}); suggestions become {@code <alt-trans>} elements with {@code match-quality} and
 * {@code origin} (§alt-trans; no Okapi extension attribute, so the file also validates against the
 * strict schema), which Okapi writes only beside a {@code <target>}, so an untranslated segment
 * with suggestions gets an empty {@code <target state="new">}.
 *
 * <p>Nothing in the output depends on the time or on random values: the same input gives the same
 * bytes.
 */
public final class Xliff12Writer {

  /** The {@code context-group/@name} holding the document id and version. */
  public static final String CONTEXT_GROUP = "tarjuman";

  /** The context type of the document id. */
  public static final String DOCUMENT_ID = "x-tarjuman-document-id";

  /** The context type of the document version. */
  public static final String DOCUMENT_VERSION = "x-tarjuman-document-version";

  private static final String TOOL_ID = "tarjuman";
  private static final String TOOL_NAME = "Tarjuman";
  private static final String NOTE_FROM = "Tarjuman";

  /**
   * Writes the export to a stream, which is flushed and left open.
   *
   * @throws TarjumanException when the stream cannot be written
   */
  public void write(ExportInput input, OutputStream out) {
    LocaleId source = localeId(input.source());
    LocaleId target = localeId(input.target());
    XLIFFWriter writer = new XLIFFWriter();
    configure(writer.getParameters());
    writer.setOutput(new NonClosingOutputStream(out));
    try {
      writer.create(null, null, source, target, null, input.documentName(), null);
      writer.writeStartGroup(documentGroup(input, writer.getEncoderManager()));
      for (SegmentView segment : input.segments()) {
        writer.writeTextUnit(unitFor(input, segment, source, target));
      }
      writer.writeEndGroup();
      writer.close();
    } catch (OkapiException e) {
      throw new TarjumanException("cannot write the XLIFF 1.2 file: " + e.getMessage(), e);
    }
  }

  private static void configure(XLIFFWriterParameters params) {
    params.setPlaceholderMode(false); // <ph>/<bpt>/<ept> carry the original text; <x/>/<g> do not
    params.setIncludeCodeAttrs(true); // ctype and equiv-text
    params.setIncludeAltTrans(true);
    params.setIncludeNoTranslate(true);
    params.setSetApprovedAsNoTranslate(false);
    params.setCopySource(false);
    params.setCreateEmptyTarget(false);
    params.setUseSourceForTranslated(false);
    params.setIncludeIts(false);
    params.setEscapeGt(true);
    params.setToolId(TOOL_ID);
    params.setToolName(TOOL_NAME);
  }

  private static StartGroup documentGroup(ExportInput input, EncoderManager encoder) {
    StartGroup group = new StartGroup(null, "d" + input.documentId() + "-v" + input.version());
    group.setName(input.documentName());
    group.setType("x-tarjuman-document");
    List<XLIFFContextGroup.Context> contexts = new ArrayList<>();
    contexts.add(context(encoder, DOCUMENT_ID, Long.toString(input.documentId())));
    contexts.add(context(encoder, DOCUMENT_VERSION, Integer.toString(input.version())));
    group.setAnnotation(
        new XLIFFContextGroup(encoder, CONTEXT_GROUP, "information", null, contexts));
    NoteAnnotation notes = new NoteAnnotation();
    notes.add(
        note(
            "Exported by Tarjuman from document \""
                + input.documentName()
                + "\" (id "
                + input.documentId()
                + "), version "
                + input.version()
                + ". Keep the unit ids and this group: import-xliff needs them."));
    group.setAnnotation(notes);
    return group;
  }

  private static XLIFFContextGroup.Context context(
      EncoderManager encoder, String type, String value) {
    XLIFFContextGroup.Context context = new XLIFFContextGroup.Context(encoder, type, null, null);
    context.value(value);
    return context;
  }

  private static TextUnit unitFor(
      ExportInput input, SegmentView segment, LocaleId source, LocaleId target) {
    TextUnit unit = new TextUnit(new UnitId(segment.id()).value());
    unit.setPreserveWhitespaces(true);
    unit.setSource(new TextContainer(fragmentOf(segment.source())));
    // resname (XLIFF 1.2 §resname): the resource key of a software string, shared by its segments.
    segment.resourceName().ifPresent(unit::setName);
    NoteAnnotation notes = new NoteAnnotation();
    notes.add(note(input.noteFor(segment)));
    if (!segment.unitNote().isEmpty()) {
      notes.add(new Note(segment.unitNote())); // the source file's own note for the translator
    }
    unit.setAnnotation(notes);

    Optional<TranslationView> translation =
        input.translationOf(segment).filter(t -> !t.content().coded().isEmpty());
    List<Suggestion> suggestions = input.suggestionsFor(segment);
    TextContainer targetContainer = null;
    if (translation.isPresent()) {
      targetContainer = new TextContainer(fragmentOf(translation.get().content()));
      targetContainer.setProperty(
          new Property(Property.STATE, Xliff12States.stateOf(translation.get().status())));
      if (Xliff12States.isApproved(translation.get().status())) {
        targetContainer.setProperty(new Property(Property.APPROVED, "yes"));
      }
    } else if (!suggestions.isEmpty()) {
      targetContainer = new TextContainer();
      targetContainer.setProperty(new Property(Property.STATE, "new"));
    }
    if (targetContainer != null) {
      if (!suggestions.isEmpty()) {
        targetContainer.setAnnotation(alternatives(segment, suggestions, source, target));
      }
      unit.setTarget(target, targetContainer);
    }
    return unit;
  }

  private static AltTranslationsAnnotation alternatives(
      SegmentView segment, List<Suggestion> suggestions, LocaleId source, LocaleId target) {
    AltTranslationsAnnotation alternatives = new AltTranslationsAnnotation();
    TextFragment original = fragmentOf(segment.source());
    for (Suggestion suggestion : suggestions) {
      alternatives.add(
          source,
          target,
          original,
          fragmentOf(suggestion.source()),
          fragmentOf(suggestion.target()),
          // Okapi writes any other match type as okp:matchType, which the strict schema refuses.
          MatchType.UKNOWN,
          suggestion.score(),
          suggestion.origin().label());
    }
    return alternatives;
  }

  /** The Okapi fragment of a content, each code showing its original text as equiv-text. */
  private static TextFragment fragmentOf(Content content) {
    TextFragment fragment = OkapiContent.toFragment(content);
    for (Code code : fragment.getCodes()) {
      code.setDisplayText(code.getData());
    }
    return fragment;
  }

  private static Note note(String text) {
    Note note = new Note(text);
    note.setFrom(NOTE_FROM);
    return note;
  }

  private static LocaleId localeId(Locale locale) {
    return LocaleId.fromBCP47(locale.toLanguageTag());
  }
}
