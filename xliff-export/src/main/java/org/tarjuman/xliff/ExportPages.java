package org.tarjuman.xliff;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.tarjuman.core.Progress;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.SegmentCursor;
import org.tarjuman.core.workbench.Pretranslation;

/**
 * The segments of one document version as an export writes them: read from the store a page at
 * a time ({@link SegmentCursor}) as the writer asks for them (after {@link Pretranslation} stored
 * its drafts, so they are read with the other translations), so a large version is never held
 * whole. Counts what it hands out for the export's report: units, translated units, units with
 * suggestions. Iterated once.
 */
final class ExportPages implements Iterable<SegmentView> {

  private final DocumentStore documents;
  private final long documentId;
  private final int version;
  private final Locale target;
  private final Map<Long, ?> suggestions;
  private final Progress progress;
  private final int total;
  private int units;
  private int translated;
  private int withSuggestions;

  /**
   * Pages of a version for one target language.
   *
   * @param suggestions the suggestions by segment id, for counting
   * @param progress told the segments handed out so far, of {@code total}
   */
  ExportPages(
      DocumentStore documents,
      long documentId,
      int version,
      Locale target,
      Map<Long, ?> suggestions,
      Progress progress,
      int total) {
    this.documents = documents;
    this.documentId = documentId;
    this.version = version;
    this.target = target;
    this.suggestions = suggestions;
    this.progress = progress;
    this.total = total;
  }

  @Override
  public Iterator<SegmentView> iterator() {
    SegmentCursor segments = new SegmentCursor(documents, documentId, version, target);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return segments.hasNext();
      }

      @Override
      public SegmentView next() {
        SegmentView segment = segments.next();
        count(segment);
        return segment;
      }
    };
  }

  private void count(SegmentView segment) {
    units++;
    boolean done =
        segment.translations().stream()
            .filter(t -> target.equals(t.target()))
            .findFirst()
            .map(TranslationView::status)
            .filter(s -> s != Status.NEW)
            .isPresent();
    translated += done ? 1 : 0;
    withSuggestions += suggestions.containsKey(segment.id()) ? 1 : 0;
    if (units % SegmentCursor.PAGE == 0) {
      progress.progress("segments written", units, total);
    }
  }

  /** The segments handed out. */
  int units() {
    return units;
  }

  /** Those handed out with a translation into the target whose status is not new. */
  int translated() {
    return translated;
  }

  /** Those handed out with suggestions. */
  int withSuggestions() {
    return withSuggestions;
  }
}
