package org.tarjuman.core.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.ingest.FileSegmenter;
import org.tarjuman.core.model.AlignedPair;
import org.tarjuman.core.model.AlignmentReport;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.store.AppliedTranslations;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationStore;

/**
 * {@code align}: aligns a translation made elsewhere with a document's latest version and stores
 * the result.
 *
 * <ol>
 *   <li>The translation file is read by the import pipeline ({@link FileSegmenter}: any format
 *       {@code import} takes, segmented by the target language's SRX rules), not stored.
 *   <li>The document's segments, grouped by text unit, and the file's sentences, grouped by text
 *       unit, are aligned by the {@link GaleChurchAligner}.
 *   <li>A file that does not look like a translation of the document is refused ({@link
 *       AlignmentVerdict}); nothing is stored.
 *   <li>Otherwise the links become translations with origin {@link Origin#ALIGNED} ({@link
 *       AlignedTranslations}), stored in one transaction by the {@link TranslationStore}, which
 *       keeps the earlier translations in their history and puts the confirmed ones in the TM.
 * </ol>
 */
public final class AlignmentService {

  private final DocumentStore documents;
  private final TranslationStore translations;
  private final FileSegmenter segmenter;
  private static final String ALIGNED = "segments aligned";
  private static final String STORED = "segments stored";

  private final GaleChurchAligner aligner = new GaleChurchAligner();

  public AlignmentService(
      DocumentStore documents, TranslationStore translations, FileSegmenter segmenter) {
    this.documents = documents;
    this.translations = translations;
    this.segmenter = segmenter;
  }

  /**
   * Aligns a translation file with a document's latest version and stores the pairs.
   *
   * @param document the document's id or name
   * @param translation the translation file
   * @param target the translation's language, one the document is translated into
   * @param progress told the translation's text units read, then the segments aligned and stored
   * @throws InvalidInputException for an unknown document or language, a file that cannot be read
   *     or has no text, or one that does not look like a translation of the document
   */
  public AlignmentReport align(
      String document, Path translation, Locale target, Progress progress) {
    DocumentSummary summary = document(document);
    Locale language = summary.target(target);
    List<SegmentView> segments =
        documents.segments(summary.id(), Optional.of(language), Optional.empty());
    if (segments.isEmpty()) {
      throw new InvalidInputException("document '" + summary.name() + "' has no segments to align");
    }
    List<List<Content>> targetUnits = segmenter.segment(translation, language, progress);
    List<Content> targetSentences = targetUnits.stream().flatMap(List::stream).toList();
    progress.progress(ALIGNED, 0, segments.size());
    List<SentenceLink> links = aligner.align(sourceUnits(segments), targetUnits);
    progress.progress(ALIGNED, segments.size(), segments.size());
    AlignmentVerdict verdict =
        AlignmentVerdict.judge(
            links, segments.stream().map(SegmentView::source).toList(), targetSentences);
    verdict.refuseIfNotATranslation(translation, summary.name());
    progress.progress(STORED, 0, segments.size());
    AlignmentReport report =
        store(summary, language, links, new AlignedTranslations(segments, targetSentences));
    progress.progress(STORED, segments.size(), segments.size());
    return report.withWarnings(verdict.warnings());
  }

  /** Stores the links' translations in one transaction and reports them. */
  private AlignmentReport store(
      DocumentSummary summary,
      Locale language,
      List<SentenceLink> links,
      AlignedTranslations aligned) {
    List<AlignedPair> pairs = links.stream().map(aligned::pair).toList();
    int version = aligned.version();
    AppliedTranslations applied =
        translations.apply(
            new TranslationBatch(
                summary.id(), version, language, Origin.ALIGNED, aligned.updates(links)));
    return new AlignmentReport(
        summary.id(),
        summary.name(),
        version,
        language,
        pairs,
        applied.added(),
        applied.changed(),
        applied.unchanged(),
        applied.tmUnitsAdded(),
        applied.tmUnitsRefreshed(),
        List.of());
  }

  private DocumentSummary document(String idOrName) {
    return documents.existingDocument(idOrName);
  }

  /** The segments' sources, grouped by text unit in document order. */
  private static List<List<Content>> sourceUnits(List<SegmentView> segments) {
    List<List<Content>> units = new ArrayList<>();
    int unit = Integer.MIN_VALUE;
    for (SegmentView segment : segments) {
      if (segment.unitIndex() != unit) {
        units.add(new ArrayList<>());
        unit = segment.unitIndex();
      }
      units.get(units.size() - 1).add(segment.source());
    }
    return units;
  }
}
