package org.tarjuman.core.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.align.AlignmentService;
import org.tarjuman.core.ingest.FileSegmenter;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.ingest.ImportService;
import org.tarjuman.core.ingest.OkapiExtractor;
import org.tarjuman.core.ingest.TikaDetector;
import org.tarjuman.core.merge.MergeService;
import org.tarjuman.core.model.AlignmentReport;
import org.tarjuman.core.model.Content;
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
import org.tarjuman.core.qa.QaService;
import org.tarjuman.core.review.ReviewService;
import org.tarjuman.core.segment.GmxWordCounter;
import org.tarjuman.core.segment.SrxRules;
import org.tarjuman.core.segment.TokenCodeFinder;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.TranslationStore;
import org.tarjuman.core.store.BackupReport;
import org.tarjuman.core.store.Workspace;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.text.ArabicNormaliser;

/** The workbench of one workspace on this machine: the stages wired together over its database. */
public final class LocalWorkbench implements Workbench {

  private final Workspace workspace;
  private final DocumentStore store;
  private ImportService importer;
  private AlignmentService aligner;
  private SrxRules rules;
  private final TokenCodeFinder codeFinder = new TokenCodeFinder();
  private final TmService tm;
  private final Leverage leverage;
  private final QaService qa = new QaService(codeFinder);

  /** The most TM matches {@code segment} shows per target language. */
  private static final int SEGMENT_MATCHES = 5;

  private LocalWorkbench(Workspace workspace) {
    this.workspace = workspace;
    this.store = workspace.documents();
    this.tm = new TmService(workspace.tm());
    this.leverage = new Leverage(store, workspace.tm(), tm);
  }

  /** Opens (and if needed creates and migrates) the workspace's database. */
  public static LocalWorkbench open(WorkspaceConfig config) {
    return new LocalWorkbench(Workspace.open(config));
  }

  /** The documents and segments of the workspace, for services built on the workbench. */
  public DocumentStore documentStore() {
    return store;
  }

  /** The translations, their history and the TM of the workspace, for services built on it. */
  public TranslationStore translationStore() {
    return workspace.translations();
  }

  /**
   * The import pipeline, built on the first import: loading and compiling the bundled SRX rules
   * is work that commands which only read the workspace should not pay for at start-up.
   */
  private synchronized ImportService importer() {
    if (importer == null) {
      importer =
          new ImportService(
              new TikaDetector(),
              new OkapiExtractor(),
              codeFinder,
              bundledRules(),
              SrxRules::load,
              GmxWordCounter::new,
              store);
    }
    return importer;
  }

  /** The alignment service, built on the first alignment, for the same reason as the importer. */
  private synchronized AlignmentService aligner() {
    if (aligner == null) {
      aligner =
          new AlignmentService(
              store,
              workspace.translations(),
              new FileSegmenter(
                  new TikaDetector(), new OkapiExtractor(), codeFinder, bundledRules()));
    }
    return aligner;
  }

  private synchronized SrxRules bundledRules() {
    if (rules == null) {
      rules = SrxRules.bundled();
    }
    return rules;
  }

  @Override
  public BackupReport backup(Path file, boolean replace) {
    return workspace.backup(file, replace);
  }

  @Override
  public BackupReport restore(Path file) {
    return workspace.restore(file);
  }

  /** Where the workspace's database is, without credentials. */
  public String description() {
    return workspace.description();
  }

  @Override
  public ImportReport importFile(ImportRequest request, ImportProgress progress) {
    ImportReport report = importer().importFile(request, progress);
    try {
      return report.withLeverage(
          leverage.leverage(report.documentId(), request.source(), request.targets()));
    } catch (StorageException e) {
      // Leverage runs in its own transaction after the version is stored: the import stands.
      return report.withWarning("the TM could not be applied: " + e.getMessage());
    }
  }

  @Override
  public List<DocumentSummary> documents() {
    return store.documents();
  }

  @Override
  public DocumentSummary document(String idOrName) {
    return store.existingDocument(idOrName);
  }

  @Override
  public List<SegmentView> segments(
      String document, Optional<Locale> target, Optional<Status> status) {
    return store.segments(document(document).id(), target, status);
  }

  @Override
  public List<SegmentView> segments(
      String document, int version, Optional<Locale> target, Optional<Status> status) {
    return store.segments(document(document).id(), version, target, status);
  }

  @Override
  public SegmentView segment(long id) {
    return store
        .segment(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "no segment " + id + " in this workspace; `segments DOC` lists them"));
  }

  @Override
  public SegmentView translate(
      long segmentId, Locale target, Optional<String> text, Status status) {
    return new ManualTranslator(store, workspace.translations(), new TypedTarget(codeFinder))
        .translate(segment(segmentId), target, text, status);
  }

  @Override
  public List<EarlierTranslation> history(long segmentId, Locale target) {
    return workspace.translations().history(segmentId, target);
  }

  @Override
  public List<FindHit> find(
      String query, Optional<Locale> target, SearchSide side, int limit) {
    if (query == null || query.isBlank()) {
      throw new InvalidInputException("find needs some text to search for");
    }
    if (side == SearchSide.TARGET) {
      String key = ArabicNormaliser.normalise(query);
      if (key.isEmpty()) {
        throw new InvalidInputException("nothing to search for in '" + query + "'");
      }
      if (limit < 1) {
        throw new InvalidInputException("the number of hits must be at least 1, not " + limit);
      }
      return new TargetConcordance(store).find(key, target, limit);
    }
    List<FindHit> hits = store.find(query, limit);
    if (target.isEmpty()) {
      return hits;
    }
    return hits.stream().map(h -> h.withTarget(translation(h.segmentId(), target.get()))).toList();
  }

  /** A segment's translation into {@code target} as plain text; empty when it has none. */
  private String translation(long segmentId, Locale target) {
    return store
        .segment(segmentId)
        .flatMap(s -> s.translation(target))
        .map(t -> t.content().plainText())
        .orElse("");
  }

  @Override
  public DocumentStats stats(String document) {
    return store.stats(document(document).id());
  }

  @Override
  public List<MatchAnalysis> matchBands(String document) {
    DocumentSummary summary = document(document);
    return leverage.analyse(summary.id(), summary.source(), summary.targets());
  }

  @Override
  public Map<Locale, List<TmMatch>> segmentMatches(long id, Optional<Locale> target) {
    SegmentView segment = segment(id);
    DocumentSummary summary = document(Long.toString(segment.documentId()));
    List<Locale> targets = target.map(List::of).orElse(summary.targets());
    List<SegmentView> all = store.segments(summary.id(), Optional.empty(), Optional.empty());
    int at = all.stream().map(SegmentView::id).toList().indexOf(id);
    Map<Locale, List<TmMatch>> out = new LinkedHashMap<>();
    for (Locale language : targets) {
      out.put(
          language,
          at < 0 || ArabicNormaliser.normalise(segment.source()).isEmpty()
              ? List.of()
              : Leverage.lookup(tm, all, at, summary.source(), language, SEGMENT_MATCHES));
    }
    return out;
  }

  /** Pre-translation and suggestions for exports over this workspace's TM. */
  public Pretranslation pretranslation() {
    return new Pretranslation(workspace.tm(), tm);
  }

  @Override
  public List<TmMatch> tmLookup(
      String text, Locale source, Locale target, int minScore, int limit) {
    Content query = codeFinder.protect(Content.ofText(text == null ? "" : text));
    return tm.lookup(query, source, target, Optional.empty(), minScore, limit);
  }

  @Override
  public List<TmHit> tmFind(
      String query, Optional<Locale> target, SearchSide side, int limit) {
    if (query == null || query.isBlank()) {
      throw new InvalidInputException("find needs some text to search for");
    }
    return side == SearchSide.TARGET
        ? workspace.tm().targetConcordance(query, target, limit)
        : workspace.tm().concordance(query, Optional.empty(), target, limit);
  }

  @Override
  public TmStats tmStats() {
    return workspace.tm().stats().withBytesOnDisk(workspace.sizeOnDisk());
  }

  @Override
  public TmxImportReport tmImport(
      Path file, Optional<Locale> source, Optional<Locale> target, Progress progress) {
    return new TmxExchange(workspace.tm()).importFile(file, source, target, progress);
  }

  @Override
  public TmxExportReport tmExport(
      Path file, Optional<Locale> source, Optional<Locale> target, boolean replace) {
    return new TmxExchange(workspace.tm()).exportFile(file, source, target, replace);
  }

  @Override
  public MergeReport merge(
      String document,
      Locale target,
      Optional<Path> output,
      boolean requireComplete,
      boolean replace,
      Progress progress) {
    return new MergeService(store, new OkapiExtractor())
        .merge(
            document(document),
            target,
            output,
            requireComplete,
            replace,
            Path.of("").toAbsolutePath(),
            progress);
  }

  @Override
  public AlignmentReport align(
      String document, Path translation, Locale target, Progress progress) {
    return aligner().align(document, translation, target, progress);
  }

  @Override
  public QaReport qa(String document, Locale target) {
    DocumentSummary summary = translatedDocument(document, target);
    List<SegmentView> segments =
        store.segments(summary.id(), Optional.of(target), Optional.empty());
    return qa.check(summary, segments, target);
  }

  @Override
  public ReviewReport review(String document, Locale target, Path out, boolean replace) {
    DocumentSummary summary = translatedDocument(document, target);
    List<SegmentView> segments =
        store.segments(summary.id(), Optional.of(target), Optional.empty());
    return new ReviewService().write(segments, qa.check(summary, segments, target), out, replace);
  }

  @Override
  public List<QaIssue> qa(long segmentId, Locale target) {
    SegmentView segment = segment(segmentId);
    Locale source = document(String.valueOf(segment.documentId())).source();
    List<SegmentView> following =
        store.segments(segment.documentId(), segment.version(), target, segment.index(), 2);
    return qa.check(segment, following, source, target);
  }

  /**
   * A document that has {@code target} among its target languages.
   *
   * @throws InvalidInputException naming the document's target languages when it has not
   */
  private DocumentSummary translatedDocument(String document, Locale target) {
    DocumentSummary summary = document(document);
    summary.requireTarget(target);
    return summary;
  }

  @Override
  public void close() {
    workspace.close();
  }
}
