package org.tarjuman.core.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.AlignmentReport;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.MergeReport;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.ReviewReport;
import org.tarjuman.core.model.SearchSide;
import org.tarjuman.core.model.MatchAnalysis;
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
   * The segments of one version of a document, the latest or an earlier one.
   *
   * @throws InvalidInputException when the document has no such version
   */
  List<SegmentView> segments(
      String document, int version, Optional<Locale> target, Optional<Status> status);

  /**
   * One segment by id.
   *
   * @throws InvalidInputException when there is no such segment
   */
  SegmentView segment(long id);

  /**
   * The TM matches of a segment (from 50%, best first, at most 5, with its neighbours as context)
   * into one target language or each of its document's targets, in the document's order.
   *
   * @throws InvalidInputException when there is no such segment
   */
  Map<Locale, List<TmMatch>> segmentMatches(long id, Optional<Locale> target);

  /**
   * Sets a segment's translation by hand and returns the segment as it is now. With a text: the
   * translation becomes that text, origin manual; hashtags, mentions and URLs in it are inline
   * codes and must be the source's codes. Without one: the existing text and origin are kept and
   * only the status changes (an editor's sign-off). The earlier state goes to the history, a
   * confirmed translation to the TM, all in one transaction.
   *
   * @param status translated, reviewed or final
   * @throws InvalidInputException for an unknown segment, a language the document is not
   *     translated into, codes that differ from the source's, another status, or no text where
   *     there is no translation yet
   */
  SegmentView translate(long segmentId, Locale target, Optional<String> text, Status status);

  /** The earlier states of a segment's translation into a language, oldest first. */
  List<EarlierTranslation> history(long segmentId, Locale target);

  /**
   * Concordance search over the segments of every document's latest version, Arabic-normalised: in
   * their sources, or in their translations (into {@code target}, or any language). With a target,
   * each hit carries the segment's translation into it.
   *
   * @throws InvalidInputException for an empty query or a limit below 1
   */
  List<FindHit> find(String query, Optional<Locale> target, SearchSide side, int limit);

  /** Counts for one document's latest version. */
  DocumentStats stats(String document);

  /**
   * The match bands of a document's latest version against the TM as it is now, per target
   * language in the document's order, as a CAT tool's analysis report: computed, nothing written.
   */
  List<MatchAnalysis> matchBands(String document);

  /**
   * TM matches for a text typed by the user, best first; hashtags, mentions and URLs in it are
   * treated as inline codes, as in imported documents. See {@link TmService#lookup}.
   *
   * @throws InvalidInputException for an empty text, a score outside 1-100 or a limit below 1
   */
  List<TmMatch> tmLookup(String text, Locale source, Locale target, int minScore, int limit);

  /**
   * Concordance search over the TM's sources or targets, Arabic-normalised, into one target
   * language or all; the latest changed first.
   *
   * @throws InvalidInputException for an empty query or a limit below 1
   */
  List<TmHit> tmFind(String query, Optional<Locale> target, SearchSide side, int limit);

  /** The size of the TM, in all and per language pair. */
  TmStats tmStats();

  /**
   * Imports a TMX 1.4b file's units of one language pair into the TM, in one transaction. Without
   * a source, the pair's source is the file header's {@code srclang}; without a target, the only
   * other language of the file's units.
   *
   * @param progress told the units read so far, of all with the pair
   * @throws InvalidInputException for a missing, unsafe or malformed file, or one without the pair;
   *     the TM is then unchanged
   */
  TmxImportReport tmImport(
      Path file, Optional<Locale> source, Optional<Locale> target, Progress progress);

  /**
   * Exports one language pair of the TM as TMX 1.4b; without a pair, the TM's only one.
   *
   * @param replace whether an existing file is replaced
   * @throws InvalidInputException when the pair is ambiguous or has no units, or the file exists
   *     and is not to be replaced
   */
  TmxExportReport tmExport(
      Path file, Optional<Locale> source, Optional<Locale> target, boolean replace);

  /**
   * Writes the translated document of a document's latest version in its original format; see
   * {@link org.tarjuman.core.merge.MergeService#merge}. Without {@code output}, the file is
   * {@code <name>.<target>.<ext>} in the current folder.
   *
   * @param replace whether an existing output file is replaced
   * @param progress told the text units written so far, of all
   * @throws InvalidInputException for an unknown document or target language, an output file that
   *     exists and is not to be replaced, or with {@code requireComplete} when a segment is not
   *     translated (then nothing is written)
   */
  MergeReport merge(
      String document,
      Locale target,
      Optional<Path> output,
      boolean requireComplete,
      boolean replace,
      Progress progress);

  /**
   * Aligns a translation made elsewhere with a document's latest version, sentence by sentence, and
   * stores the pairs as translations (origin aligned; confident ones as translated, which also go
   * to the TM) in one transaction, earlier translations kept in their history. See {@link
   * org.tarjuman.core.align.AlignmentService}.
   *
   * @param document the document's id or name
   * @param translation a file in any format {@code import} takes
   * @param target the translation's language, one the document is translated into
   * @param progress told how far reading the translation, aligning and storing have got
   * @throws InvalidInputException for an unknown document or language, an unreadable or empty file,
   *     or one that does not look like a translation of the document; nothing is then stored
   */
  AlignmentReport align(String document, Path translation, Locale target, Progress progress);

  /**
   * Runs the QA checks over the translations of a document's latest version into {@code target}.
   *
   * @throws InvalidInputException for an unknown document or a language it is not translated into
   */
  QaReport qa(String document, Locale target);

  /**
   * The QA issues of one segment's translation into {@code target}; none when it has none.
   *
   * @throws InvalidInputException when there is no such segment
   */
  List<QaIssue> qa(long segmentId, Locale target);

  /**
   * Writes the aligned bilingual review page of a document's latest version into {@code target}:
   * one self-contained HTML file with each segment's source, translation, status, origin, match
   * score and QA issues.
   *
   * @param out the file to write, or an existing folder to write {@code <document
   *     name>.<target>.review.html} into
   * @param replace whether an existing file is replaced
   * @throws InvalidInputException for an unknown document, a language it is not translated into, or
   *     a file that exists (unless {@code replace}) or cannot be written
   */
  ReviewReport review(String document, Locale target, Path out, boolean replace);

  /**
   * Writes a consistent copy of the whole workspace (documents, versions, originals, segments,
   * translations, history, TM) into a new file, readable by {@link #restore} on H2 or PostgreSQL.
   *
   * @param replace whether an existing file is replaced
   * @throws InvalidInputException when the file exists and is not to be replaced, or its folder
   *     does not exist
   */
  BackupReport backup(Path file, boolean replace);

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
