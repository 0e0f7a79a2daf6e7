package org.tarjuman.xliff.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.TranslationView;

/**
 * What an XLIFF export writes: one document version's segments, in order, for one target language.
 *
 * @param documentName the document's name; the file's {@code original}
 * @param documentId the document's id, written so that an import finds the document again
 * @param version the document version the segments belong to
 * @param source the source language
 * @param target the target language
 * @param segments the version's segments in document order, with their translations: a list, or
 *     for a large version an {@link Iterable} that reads them as the writer goes (iterated once)
 * @param suggestions candidate translations by segment id (repetitions, TM matches); may be empty
 */
public record ExportInput(
    String documentName,
    long documentId,
    int version,
    Locale source,
    Locale target,
    Iterable<SegmentView> segments,
    Map<Long, List<Suggestion>> suggestions) {

  public ExportInput {
    Objects.requireNonNull(documentName, "documentName");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (version < 1) {
      throw new IllegalArgumentException("version < 1: " + version);
    }
    Objects.requireNonNull(segments, "segments");
    suggestions = Map.copyOf(suggestions);
    if (segments instanceof List<SegmentView> list) {
      segments = List.copyOf(list);
      check(segments, documentId, version);
    }
  }

  private static void check(Iterable<SegmentView> segments, long documentId, int version) {
    for (SegmentView segment : segments) {
      if (segment.documentId() != documentId || segment.version() != version) {
        throw new IllegalArgumentException(
            "segment "
                + segment.id()
                + " belongs to document "
                + segment.documentId()
                + " version "
                + segment.version()
                + ", not to document "
                + documentId
                + " version "
                + version);
      }
    }
  }

  /** An export without suggestions. */
  public ExportInput(
      String documentName,
      long documentId,
      int version,
      Locale source,
      Locale target,
      List<SegmentView> segments) {
    this(documentName, documentId, version, source, target, segments, Map.of());
  }

  /** The segment's translation into the target language, if it has one. */
  public Optional<TranslationView> translationOf(SegmentView segment) {
    return segment.translations().stream().filter(t -> target.equals(t.target())).findFirst();
  }

  /** The suggestions for a segment, best first as given. */
  public List<Suggestion> suggestionsFor(SegmentView segment) {
    return suggestions.getOrDefault(segment.id(), List.of());
  }

  /** The note each unit carries for the translator and for support: document, version, segment. */
  public String noteFor(SegmentView segment) {
    return "Tarjuman: document \""
        + documentName
        + "\" (id "
        + documentId
        + "), version "
        + version
        + ", segment "
        + segment.id()
        + " (no. "
        + segment.index()
        + ")";
  }
}
