package org.tarjuman.cli;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.SearchSide;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.SourceUnit;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.store.AppliedTranslations;
import org.tarjuman.core.store.BatchScope;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.NewVersion;
import org.tarjuman.core.store.StoredVersion;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationSink;
import org.tarjuman.core.store.TranslationStore;
import org.tarjuman.xliff.XliffService;

/**
 * A {@link FakeWorkbench}'s document as a read-only {@link DocumentStore}, so that the real {@link
 * XliffService} exports it; storing anything is not supported.
 */
final class FakeDocumentStore implements DocumentStore {

  private final FakeWorkbench workbench;

  FakeDocumentStore(FakeWorkbench workbench) {
    this.workbench = workbench;
  }

  /** The real XLIFF exchange over the fake document; importing into it is not supported. */
  static XliffService xliff(FakeWorkbench workbench) {
    return new XliffService(new FakeDocumentStore(workbench), new ReadOnlyTranslations());
  }

  @Override
  public StoredVersion storeVersion(NewVersion version, Consumer<Consumer<SourceUnit>> producer) {
    throw new UnsupportedOperationException("the fake document store is read-only");
  }

  @Override
  public List<DocumentSummary> documents() {
    return workbench.documents();
  }

  @Override
  public Optional<DocumentSummary> document(String idOrName) {
    try {
      return Optional.of(workbench.document(idOrName));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<SegmentView> segments(
      long documentId, Optional<Locale> target, Optional<Status> status) {
    return workbench.segments(String.valueOf(documentId), target, status);
  }

  @Override
  public List<SegmentView> segments(
      long documentId, int version, Optional<Locale> target, Optional<Status> status) {
    return workbench.segments(String.valueOf(documentId), version, target, status);
  }

  @Override
  public Optional<SegmentView> segment(long segmentId) {
    return FakeWorkbench.allSegments().stream().filter(s -> s.id() == segmentId).findFirst();
  }

  @Override
  public List<FindHit> find(String query, int limit) {
    return workbench.find(query, Optional.empty(), SearchSide.SOURCE, limit);
  }

  @Override
  public DocumentStats stats(long documentId) {
    return workbench.stats(String.valueOf(documentId));
  }

  @Override
  public InputStream original(long versionId) {
    throw new UnsupportedOperationException("the fake document store keeps no original");
  }

  @Override
  public Detection detection(long versionId) {
    throw new UnsupportedOperationException("the fake document store keeps no original");
  }

  private static final class ReadOnlyTranslations implements TranslationStore {
    @Override
    public AppliedTranslations apply(TranslationBatch batch) {
      throw new UnsupportedOperationException("the fake translation store is read-only");
    }

    @Override
    public AppliedTranslations apply(BatchScope scope, Consumer<TranslationSink> producer) {
      throw new UnsupportedOperationException("the fake translation store is read-only");
    }

    @Override
    public List<EarlierTranslation> history(long segmentId, Locale target) {
      return List.of();
    }
  }
}
