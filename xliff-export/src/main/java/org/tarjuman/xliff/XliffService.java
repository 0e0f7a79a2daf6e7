package org.tarjuman.xliff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.files.ReplacingFile;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.LanguageTags;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.store.AppliedTranslations;
import org.tarjuman.core.store.BatchScope;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationStore;
import org.tarjuman.core.store.TranslationUpdate;
import org.tarjuman.core.workbench.Pretranslation;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.model.Suggestion;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * XLIFF exchange with CAT tools over a workspace: {@code export-xliff} and {@code import-xliff}.
 *
 * <p>Export: the document's latest version, with its translations into the target language, goes
 * through {@link XliffExporter} into a temporary file that then replaces the output file, so a
 * failed export leaves no half-written file behind. The segments are read a page at a time as
 * the file is written ({@link ExportPages}), after {@link Pretranslation} read them the same way.
 *
 * <p>Import: the document is found by the id the export wrote; {@link XliffComparison} decides
 * each unit against the stored segments; the updates are stored with origin {@link Origin#XLIFF}
 * in one transaction by the {@link TranslationStore}, which keeps the earlier translations and
 * feeds the translation memory. A file whose head names this workspace's document, its latest
 * version and one of its languages is read, decided and stored a chunk of units at a time inside
 * that transaction, so a file of any size fits in memory, and a problem late in it rolls back
 * everything; any other file is read whole first and then reported as before.
 */
public final class XliffService {

  private final DocumentStore documents;
  private final TranslationStore translations;
  private final XliffExporter exporter = new XliffExporter();
  private final XliffReader reader = new XliffReader();
  private final XliffComparison comparison = new XliffComparison();
  private final Optional<Pretranslation> pretranslation;

  /** A service whose exports carry no TM matches. */
  public XliffService(DocumentStore documents, TranslationStore translations) {
    this(documents, translations, Optional.empty());
  }

  /**
   * A service whose exports first fill exact TM matches in as drafts and offer fuzzy matches and
   * (near-)repetitions as suggestions ({@link Pretranslation}).
   */
  public XliffService(
      DocumentStore documents, TranslationStore translations, Pretranslation pretranslation) {
    this(documents, translations, Optional.of(pretranslation));
  }

  private XliffService(
      DocumentStore documents,
      TranslationStore translations,
      Optional<Pretranslation> pretranslation) {
    this.documents = Objects.requireNonNull(documents, "documents");
    this.translations = Objects.requireNonNull(translations, "translations");
    this.pretranslation = pretranslation;
  }

  /**
   * Exports a document's latest version for one target language.
   *
   * @param document the document's id or name
   * @param target a language the document is translated into
   * @param version the XLIFF version to write
   * @param out the file to write, or an existing folder to write {@code <document
   *     name>.<target>.xlf} into
   * @param replace whether an existing file is replaced
   * @throws InvalidInputException for an unknown document, a language the document is not
   *     translated into, or an output file that exists (unless {@code replace}) or cannot be
   *     written
   */
  public ExportReport exportXliff(
      String document, Locale target, XliffVersion version, Path out, boolean replace) {
    return exportXliff(document, target, version, out, replace, Progress.NONE);
  }

  /**
   * Exports as {@link #exportXliff(String, Locale, XliffVersion, Path, boolean)} does, telling
   * {@code progress} when the segments are read, matched against the TM and written.
   */
  public ExportReport exportXliff(
      String document,
      Locale target,
      XliffVersion version,
      Path out,
      boolean replace,
      Progress progress) {
    DocumentSummary summary = document(document);
    Locale language = summary.target(target);
    Path file =
        Files.isDirectory(out) ? out.resolve(defaultFileName(summary.name(), language)) : out;
    ReplacingFile.checkWritable(file, replace);
    // One version throughout: a re-import meanwhile must not mix versions.
    int number = summary.version();
    progress.progress("segments matched against the TM", 0, summary.segments());
    Pretranslation.Prepared prepared =
        pretranslation
            .map(p -> p.prepare(documents, summary, language))
            .orElse(new Pretranslation.Prepared(Map.of(), Map.of()));
    Map<Long, List<Suggestion>> suggestions = suggestions(prepared);
    ExportPages segments =
        new ExportPages(
            documents, summary.id(), number, language, suggestions, progress, summary.segments());
    ExportInput input =
        new ExportInput(
            summary.name(),
            summary.id(),
            number,
            summary.source(),
            language,
            segments,
            suggestions);
    progress.progress("segments written", 0, summary.segments());
    ReplacingFile.write(file, replace, stream -> exporter.export(input, version, stream));
    progress.progress("segments written", segments.units(), segments.units());
    return new ExportReport(
        file,
        version,
        summary.id(),
        summary.name(),
        number,
        language,
        segments.units(),
        segments.translated(),
        segments.withSuggestions(),
        prepared.drafts().size());
  }

  private static Map<Long, List<Suggestion>> suggestions(Pretranslation.Prepared prepared) {
    Map<Long, List<Suggestion>> out = new HashMap<>();
    prepared
        .suggestions()
        .forEach(
            (id, offered) ->
                out.put(
                    id,
                    offered.stream()
                        .map(m -> new Suggestion(m.source(), m.target(), m.score(), m.origin()))
                        .toList()));
    return out;
  }

  /**
   * Imports the translations of a returned XLIFF file: all good units in one transaction, the
   * others reported.
   *
   * @throws InvalidInputException when the file cannot be read as an XLIFF file Tarjuman exported,
   *     or was exported from a workspace without its document; nothing is stored then
   */
  public ImportXliffReport importXliff(Path file) {
    Optional<Streamed> streamed = streamable(file);
    if (streamed.isPresent()) {
      return importStreaming(file, streamed.get());
    }
    return importWhole(file);
  }

  /** Reads the whole file, compares it and stores its updates in one transaction. */
  private ImportXliffReport importWhole(Path file) {
    Planned planned = plan(file);
    ImportPlan plan = planned.plan();
    AppliedTranslations applied =
        plan.updates().isEmpty() ? new AppliedTranslations(0, 0, 0, 0, 0) : store(plan);
    return new ImportXliffReport(
        file,
        planned.xliffVersion(),
        planned.document().id(),
        planned.document().name(),
        plan.documentVersion(),
        plan.target(),
        applied.written(),
        plan.unchanged() + applied.unchanged(),
        plan.empty(),
        plan.rejections(),
        applied.tmUnitsAdded(),
        applied.repetitions());
  }

  /**
   * Whether a file can be imported as it is read: its head, before the first unit, names a document
   * of this workspace, its latest version and one of its target languages. Any other file (one
   * whose head is unreadable, another workspace's, a superseded version) is read whole first, so
   * that it is reported exactly as before: a malformed file as malformed, then the file-level
   * rejections.
   */
  private Optional<Streamed> streamable(Path file) {
    Optional<ReturnedFile> head;
    try {
      head = reader.head(file);
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
    return head.flatMap(
        h ->
            documents
                .documentWithoutProgress(Long.toString(h.documentId()))
                .filter(d -> d.id() == h.documentId() && d.name().equals(h.documentName()))
                .flatMap(
                    d ->
                        comparison
                            .unitTarget(h, d.targets(), d.version())
                            .map(target -> new Streamed(h, d, target))));
  }

  /** Imports a file as it is read, in one transaction ({@link ChunkedImport}). */
  private ImportXliffReport importStreaming(Path file, Streamed streamed) {
    DocumentSummary summary = streamed.document();
    BatchScope scope =
        new BatchScope(
            summary.id(), streamed.head().documentVersion(), streamed.target(), Origin.XLIFF);
    ChunkedImport chunked = new ChunkedImport(reader, file, scope.target());
    AppliedTranslations applied;
    try {
      applied = translations.apply(scope, chunked);
    } catch (ChunkedImport.Superseded e) {
      // Re-imported after the head was read (nothing stored): reported as any superseded file is.
      return importWhole(file);
    }
    XliffComparison.Decisions decisions = chunked.decisions();
    return new ImportXliffReport(
        file,
        streamed.head().version(),
        summary.id(),
        summary.name(),
        scope.version(),
        scope.target(),
        applied.written(),
        decisions.unchanged() + applied.unchanged(),
        decisions.empty(),
        decisions.rejections(),
        applied.tmUnitsAdded(),
        applied.repetitions());
  }

  /**
   * Reads a file and compares it with the stored segments. The file's units and the segments are
   * garbage once this returns, so storing a large file does not hold them in memory.
   */
  private Planned plan(Path file) {
    ReturnedFile returned = reader.read(file);
    DocumentSummary summary = exportedDocument(file, returned);
    Optional<Locale> target = LanguageTags.documentTarget(returned.target(), summary.targets());
    List<SegmentView> segments = documents.segments(summary.id(), target, Optional.empty());
    int latest = segments.isEmpty() ? summary.version() : segments.get(0).version();
    return new Planned(
        returned.version(),
        summary,
        comparison.compare(returned, segments, summary.targets(), latest));
  }

  /** The file name an export gets by default: {@code <document name>.<target>.xlf}. */
  public static String defaultFileName(String documentName, Locale target) {
    String safe = documentName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    return safe + "." + target.toLanguageTag() + ".xlf";
  }

  private AppliedTranslations store(ImportPlan plan) {
    List<TranslationUpdate> updates =
        plan.updates().stream()
            .map(u -> new TranslationUpdate(u.segmentId(), u.target(), u.status()))
            .toList();
    return translations.apply(
        new TranslationBatch(
            plan.documentId(), plan.documentVersion(), plan.target(), Origin.XLIFF, updates));
  }

  /** A document without its progress, which neither export nor import reports. */
  private DocumentSummary document(String idOrName) {
    return documents.existingDocumentWithoutProgress(idOrName);
  }

  /** The document a file was exported from, by the id the export wrote and checked by name. */
  private DocumentSummary exportedDocument(Path file, ReturnedFile returned) {
    Optional<DocumentSummary> byId =
        documents
            .documentWithoutProgress(Long.toString(returned.documentId()))
            .filter(d -> d.id() == returned.documentId());
    if (byId.isEmpty() || !byId.get().name().equals(returned.documentName())) {
      throw new InvalidInputException(
          file
              + ": was exported from a workspace that does not have document "
              + returned.documentId()
              + " ('"
              + returned.documentName()
              + "')"
              + byId.map(d -> "; document " + d.id() + " here is '" + d.name() + "'").orElse("")
              + "; import it into the workspace it was exported from");
    }
    return byId.get();
  }

  private record Planned(XliffVersion xliffVersion, DocumentSummary document, ImportPlan plan) {}

  /** A file to import as it is read: its head, its document, the language to store under. */
  private record Streamed(ReturnedFile head, DocumentSummary document, Locale target) {}
}
