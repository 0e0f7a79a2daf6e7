package org.tarjuman.core.store;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.tarjuman.core.model.SegmentView;

/**
 * The segments of one document version with their translation into one language, in document
 * order, read from the store {@value #PAGE} at a time ({@link DocumentStore#segments(long, int,
 * Locale, int, int)}), so that a version of any size is never held whole. {@link #peek()} shows the
 * segment after the current one, for the TM context a look-up needs.
 *
 * <p>While the caller works through one page, the next is read on another thread (each page is its
 * own read, as before), so an export or a merge writes while the database reads: at most two pages
 * are held. A failed read surfaces, as its own exception, where the caller reaches that page.
 */
public final class SegmentCursor implements Iterator<SegmentView> {

  /** How many segments are read from the store at a time. */
  public static final int PAGE = 2_000;

  /** Reads pages ahead; its daemon threads end after a minute without work. */
  private static final ExecutorService READ_AHEAD =
      new ThreadPoolExecutor(
          0,
          Integer.MAX_VALUE,
          60,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          task -> {
            Thread thread = new Thread(task, "tarjuman-read-ahead");
            thread.setDaemon(true);
            return thread;
          });

  private final DocumentStore documents;
  private final long documentId;
  private final int version;
  private final Locale target;
  private List<SegmentView> page = List.of();
  private CompletableFuture<List<SegmentView>> ahead;
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
      page = ahead == null ? read(after) : awaitAhead();
      last = page.size() < PAGE;
      if (!page.isEmpty()) {
        after = page.get(page.size() - 1).index();
      }
      next = 0;
      int from = after;
      ahead = last ? null : CompletableFuture.supplyAsync(() -> read(from), READ_AHEAD);
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

  private List<SegmentView> read(int afterPosition) {
    return documents.segments(documentId, version, target, afterPosition, PAGE);
  }

  /** The page read ahead; its read's own exception if it failed. */
  private List<SegmentView> awaitAhead() {
    try {
      return ahead.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
