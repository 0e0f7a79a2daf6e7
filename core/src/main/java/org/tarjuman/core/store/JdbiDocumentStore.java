package org.tarjuman.core.store;

import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.SourceUnit;
import org.tarjuman.core.model.Status;

/**
 * The document store on a relational database through JDBI, every value a bound parameter. Writes
 * are one transaction each ({@link VersionWriter}); reads take a connection per call ({@link
 * DocumentReader}, {@link SegmentReader}). Database failures become {@link StorageException}s here,
 * once. Obtained from {@link Workspace#documents()}.
 */
public final class JdbiDocumentStore implements DocumentStore {

  private final Jdbi jdbi;

  JdbiDocumentStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public StoredVersion storeVersion(NewVersion version, Consumer<Consumer<SourceUnit>> producer) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try {
      return jdbi.inTransaction(
          handle -> {
            StoredVersion stored = new VersionWriter(handle, now).write(version, producer);
            return stored.withChanges(
                new VersionLinkWriter(handle, now).link(stored, version.targets()));
          });
    } catch (JdbiException e) {
      if (LockTimeout.isCause(e)) {
        throw LockTimeout.documentNamed(jdbi, version.name(), e);
      }
      throw new StorageException(
          "could not store document '" + version.name() + "': " + causeMessage(e), e);
    }
  }

  @Override
  public List<DocumentSummary> documents() {
    return read("the documents", handle -> new DocumentReader(handle).documents());
  }

  @Override
  public Optional<DocumentSummary> document(String idOrName) {
    return read(
        "document '" + idOrName + "'",
        handle -> new DocumentReader(handle).document(idOrName, /* counted= */ true));
  }

  @Override
  public Optional<DocumentSummary> documentWithoutProgress(String idOrName) {
    return read(
        "document '" + idOrName + "'",
        handle -> new DocumentReader(handle).document(idOrName, /* counted= */ false));
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.tarjuman.core.InvalidInputException when there is no such document
   */
  @Override
  public List<SegmentView> segments(
      long documentId, Optional<Locale> target, Optional<Status> status) {
    return read(
        "the segments of document " + documentId,
        handle -> {
          long versionId = new DocumentReader(handle).latestVersionId(documentId);
          return new SegmentReader(handle).segments(versionId, target, status);
        });
  }

  @Override
  public List<SegmentView> segments(
      long documentId, int version, Optional<Locale> target, Optional<Status> status) {
    return read(
        "version " + version + " of document " + documentId,
        handle -> {
          long versionId = new DocumentReader(handle).versionId(documentId, version);
          return new SegmentReader(handle).segments(versionId, target, status);
        });
  }

  @Override
  public List<SegmentView> segments(
      long documentId, int version, Locale target, int afterPosition, int limit) {
    return read(
        "version " + version + " of document " + documentId,
        handle -> {
          long versionId = new DocumentReader(handle).versionId(documentId, version);
          return new SegmentReader(handle).page(versionId, target, afterPosition, limit);
        });
  }

  @Override
  public Optional<SegmentView> segment(long segmentId) {
    return read("segment " + segmentId, handle -> new SegmentReader(handle).segment(segmentId));
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.tarjuman.core.InvalidInputException when the query is empty once normalised, or the
   *     limit is below 1
   */
  @Override
  public List<FindHit> find(String query, int limit) {
    return read("segments matching '" + query + "'", h -> new SegmentReader(h).find(query, limit));
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.tarjuman.core.InvalidInputException when there is no such document
   */
  @Override
  public DocumentStats stats(long documentId) {
    return read(
        "the counts of document " + documentId, h -> new DocumentReader(h).stats(documentId));
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.tarjuman.core.InvalidInputException when there is no such version, or its format
   *     is unknown
   */
  @Override
  public Detection detection(long versionId) {
    return read(
        "the format of version " + versionId, h -> new DocumentReader(h).detection(versionId));
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.tarjuman.core.InvalidInputException when there is no such version
   */
  @Override
  public InputStream original(long versionId) {
    try {
      return OriginalStream.open(jdbi, versionId);
    } catch (JdbiException e) {
      throw new StorageException(
          "cannot read the original of version " + versionId + ": " + causeMessage(e), e);
    }
  }

  private <T> T read(String what, HandleCallback<T, RuntimeException> callback) {
    try {
      return jdbi.withHandle(callback);
    } catch (JdbiException e) {
      throw new StorageException("cannot read " + what + ": " + causeMessage(e), e);
    }
  }

  /** The message of the deepest cause: the database's own words, without JDBI's statement dump. */
  static String causeMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
