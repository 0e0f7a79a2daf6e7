package org.tarjuman.core.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TmHit;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.model.TmStats;
import org.tarjuman.core.model.TmxExportReport;
import org.tarjuman.core.model.TmxImportReport;
import org.tarjuman.core.store.BackupReport;

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

  /**
   * TM matches for a text typed by the user, best first; hashtags, mentions and URLs in it are
   * treated as inline codes, as in imported documents. See {@link TmService#lookup}.
   *
   * @throws InvalidInputException for an empty text, a score outside 1-100 or a limit below 1
   */
  List<TmMatch> tmLookup(String text, Locale source, Locale target, int minScore, int limit);

  /**
   * Concordance search over TM sources, Arabic-normalised, into one target language or all; the
   * latest changed first.
   */
  List<TmHit> tmFind(String query, Optional<Locale> target, int limit);

  /** The size of the TM, in all and per language pair. */
  TmStats tmStats();

  /**
   * Imports a TMX 1.4b file's units of one language pair into the TM, in one transaction.
   *
   * @param progress told the number of units read so far
   * @throws InvalidInputException for a missing, unsafe or malformed file, or one without the pair;
   *     the TM is then unchanged
   */
  TmxImportReport tmImport(Path file, Locale source, Locale target, LongConsumer progress);

  /**
   * Exports one language pair of the TM as TMX 1.4b; without a pair, the TM's only one.
   *
   * @throws InvalidInputException when the pair is ambiguous or has no units
   */
  TmxExportReport tmExport(Path file, Optional<Locale> source, Optional<Locale> target);

  /**
   * Writes a consistent copy of the whole workspace (documents, versions, originals, segments,
   * translations, history, TM) into a new file, readable by {@link #restore} on H2 or PostgreSQL.
   *
   * @throws InvalidInputException when the file exists or its folder does not
   */
  BackupReport backup(Path file);

  /**
   * Restores a backup into this workspace, which must be empty.
   *
   * @throws InvalidInputException when the workspace holds anything, or the file is no backup or
   *     comes from a newer schema
   */
  BackupReport restore(Path file);

  @Override
  void close();
}
