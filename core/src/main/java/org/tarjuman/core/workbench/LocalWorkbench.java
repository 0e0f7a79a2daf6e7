package org.tarjuman.core.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.ingest.ImportService;
import org.tarjuman.core.ingest.OkapiExtractor;
import org.tarjuman.core.ingest.TikaDetector;
import org.tarjuman.core.model.Content;
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
import org.tarjuman.core.segment.GmxWordCounter;
import org.tarjuman.core.segment.SrxRules;
import org.tarjuman.core.segment.TokenCodeFinder;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.TranslationStore;
import org.tarjuman.core.store.BackupReport;
import org.tarjuman.core.store.Workspace;
import org.tarjuman.core.store.WorkspaceConfig;

/** The workbench of one workspace on this machine: the stages wired together over its database. */
public final class LocalWorkbench implements Workbench {

  private final Workspace workspace;
  private final DocumentStore store;
  private ImportService importer;
  private final TokenCodeFinder codeFinder = new TokenCodeFinder();
  private final TmService tm;
  private final Leverage leverage;

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
              SrxRules.bundled(),
              SrxRules::load,
              GmxWordCounter::new,
              store);
    }
    return importer;
  }

  @Override
  public BackupReport backup(Path file) {
    return workspace.backup(file);
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
      List<String> warnings = new ArrayList<>(report.warnings());
      warnings.add("the TM could not be applied: " + e.getMessage());
      return new ImportReport(
          report.documentId(),
          report.name(),
          report.version(),
          report.mediaType(),
          report.charset(),
          report.units(),
          report.segments(),
          report.words(),
          warnings);
    }
  }

  @Override
  public List<DocumentSummary> documents() {
    return store.documents();
  }

  @Override
  public DocumentSummary document(String idOrName) {
    return store
        .document(idOrName)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "no document '" + idOrName + "' in this workspace; `docs` lists them"));
  }

  @Override
  public List<SegmentView> segments(
      String document, Optional<Locale> target, Optional<Status> status) {
    return store.segments(document(document).id(), target, status);
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
  public List<FindHit> find(String query, int limit) {
    if (query == null || query.isBlank()) {
      throw new InvalidInputException("find needs some text to search for");
    }
    return store.find(query, limit);
  }

  @Override
  public DocumentStats stats(String document) {
    return store.stats(document(document).id());
  }

  @Override
  public List<TmMatch> tmLookup(
      String text, Locale source, Locale target, int minScore, int limit) {
    Content query = codeFinder.protect(Content.ofText(text == null ? "" : text));
    return tm.lookup(query, source, target, Optional.empty(), minScore, limit);
  }

  @Override
  public List<TmHit> tmFind(String query, Optional<Locale> target, int limit) {
    if (query == null || query.isBlank()) {
      throw new InvalidInputException("find needs some text to search for");
    }
    return workspace.tm().concordance(query, Optional.empty(), target, limit);
  }

  @Override
  public TmStats tmStats() {
    return workspace.tm().stats();
  }

  @Override
  public TmxImportReport tmImport(Path file, Locale source, Locale target, LongConsumer progress) {
    return new TmxExchange(workspace.tm()).importFile(file, source, target, progress);
  }

  @Override
  public TmxExportReport tmExport(Path file, Optional<Locale> source, Optional<Locale> target) {
    return new TmxExchange(workspace.tm()).exportFile(file, source, target);
  }

  @Override
  public void close() {
    workspace.close();
  }
}
