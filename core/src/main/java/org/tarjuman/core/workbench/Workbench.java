package org.tarjuman.core.workbench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;

/**
 * Everything the console asks of a workspace. One instance holds one open workspace; close it to
 * release the database. Documents are named by numeric id or by name.
 */
public interface Workbench extends AutoCloseable {

  /** Imports a file as a new document or as a new version of the document with the same name. */
  ImportReport importFile(ImportRequest request, ImportProgress progress);

  /** Every document with its latest version. */
  List<DocumentSummary> documents();

  /**
   * A document by id or name.
   *
   * @throws InvalidInputException when there is no such document
   */
  DocumentSummary document(String idOrName);

  /** The segments of a document's latest version; see {@code DocumentStore.segments}. */
  List<SegmentView> segments(String document, Optional<Locale> target, Optional<Status> status);

  /**
   * One segment by id.
   *
   * @throws InvalidInputException when there is no such segment
   */
  SegmentView segment(long id);

  /** Concordance search over segment sources, Arabic-normalised. */
  List<FindHit> find(String query, int limit);

  /** Counts for one document's latest version. */
  DocumentStats stats(String document);

  @Override
  void close();
}
