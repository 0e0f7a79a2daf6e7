package org.tarjuman.core.store;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.SourceUnit;
import org.tarjuman.core.model.Status;

/** Documents, their versions, units and segments, and the segments' translations. */
public interface DocumentStore {

  /**
   * Stores a new document, or a new version of the document with the same name, in one
   * transaction. The producer pushes the units in document order into the sink it is given; if it
   * throws, nothing is stored and the exception propagates.
   */
  StoredVersion storeVersion(NewVersion version, Consumer<Consumer<SourceUnit>> producer);

  /** Every document with its latest version, by name. */
  List<DocumentSummary> documents();

  /** A document by numeric id or by name (an all-digit string is tried as an id first). */
  Optional<DocumentSummary> document(String idOrName);

  /**
   * A document as {@link #document(String)} finds it, without its progress: {@link
   * DocumentSummary#translated()} is empty. This saves counting every translation of the latest
   * version, for work that does not report progress (an XLIFF export or import).
   */
  default Optional<DocumentSummary> documentWithoutProgress(String idOrName) {
    return document(idOrName);
  }

  /**
   * A document by numeric id or by name, as {@link #document(String)} finds it.
   *
   * @throws InvalidInputException when the workspace has no such document
   */
  default DocumentSummary existingDocument(String idOrName) {
    return existing(idOrName, document(idOrName));
  }

  /**
   * A document as {@link #existingDocument(String)} finds it, without its progress ({@link
   * #documentWithoutProgress(String)}).
   *
   * @throws InvalidInputException when the workspace has no such document
   */
  default DocumentSummary existingDocumentWithoutProgress(String idOrName) {
    return existing(idOrName, documentWithoutProgress(idOrName));
  }

  private static DocumentSummary existing(String idOrName, Optional<DocumentSummary> found) {
    return found.orElseThrow(
        () ->
            new InvalidInputException(
                "no document '" + idOrName + "' in this workspace; `docs` lists them"));
  }

  /**
   * The segments of a document's latest version, in order, with their translations (only into
   * {@code target} when given), filtered by the status of the translation into {@code target} when
   * both are given (a segment without a translation has status new).
   */
  List<SegmentView> segments(long documentId, Optional<Locale> target, Optional<Status> status);

  /**
   * The segments of one version of a document, as {@link #segments} gives the latest's.
   *
   * @throws org.tarjuman.core.InvalidInputException when the document has no such version
   */
  List<SegmentView> segments(
      long documentId, int version, Optional<Locale> target, Optional<Status> status);

  /**
   * A page of {@link #segments(long, int, Optional, Optional)}: the segments of one version at the
   * positions after {@code afterPosition}, at most {@code limit} of them, in position order, each
   * with its translation into {@code target} (if any). Reading a large version page by page holds
   * only one page at a time.
   *
   * @throws org.tarjuman.core.InvalidInputException when the document has no such version
   */
  default List<SegmentView> segments(
      long documentId, int version, Locale target, int afterPosition, int limit) {
    return segments(documentId, version, Optional.of(target), Optional.empty()).stream()
        .filter(s -> s.index() > afterPosition)
        .limit(limit)
        .toList();
  }

  /** One segment by id, with all its translations. */
  Optional<SegmentView> segment(long segmentId);

  /**
   * Concordance: segments (of every document's latest version) whose source contains the query,
   * compared after Arabic normalisation; at most {@code limit} hits in document and segment order.
   */
  List<FindHit> find(String query, int limit);

  /** Counts for a document's latest version. */
  DocumentStats stats(long documentId);

  /** What the import detected in a version (format, media type, charset), for merging back. */
  Detection detection(long versionId);

  /** The original bytes of a version, for merging back. The caller closes the stream. */
  InputStream original(long versionId);
}
