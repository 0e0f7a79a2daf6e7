package org.tarjuman.core.store;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.tarjuman.core.model.SegmentView;

/**
 * The segments of one document version with their translation into one language, in document
 * order, read from the store {@value #PAGE} at a time ({@link DocumentStore#segments(long, int,
 * Locale, int, int)}), so that a version of any size is never held whole. {@link #peek()} shows the
 * segment after the current one, for the TM context a look-up needs.
 */
public final class SegmentCursor implements Iterator<SegmentView> {

  /** How many segments are read from the store at a time. */
  public static final int PAGE = 2_000;

  private final DocumentStore documents;
  private final long documentId;
  private final int version;
  private final Locale target;
  private List<SegmentView> page = List.of();
  private int next;
  private int after;
  private boolean last;

  /** A cursor before the first segment of {@code version}. */
  public SegmentCursor(DocumentStore documents, long documentId, int version, Locale target) {
    this.documents = documents;
    this.documentId = documentId;
    this.version = version;
    this.target = target;
  }

  @Override
  public boolean hasNext() {
    if (next == page.size() && !last) {
      page = documents.segments(documentId, version, target, after, PAGE);
      last = page.size() < PAGE;
      if (!page.isEmpty()) {
        after = page.get(page.size() - 1).index();
      }
      next = 0;
    }
    return next < page.size();
  }

  @Override
  public SegmentView next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.get(next++);
  }

  /** The segment {@link #next()} would return, without passing it; empty after the last. */
  public Optional<SegmentView> peek() {
    return hasNext() ? Optional.of(page.get(next)) : Optional.empty();
  }
}
