package org.tarjuman.cli.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarjuman.core.model.AlignmentReport;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.SearchSide;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.xliff.ExportReport;
import org.tarjuman.xliff.ImportXliffReport;

/**
 * The {@code --json} output of the commands: one JSON document each, for scripts and tests.
 *
 * <p>The shapes are defined here, as records, rather than by serialising the core model directly,
 * so that a change in the core does not silently change what scripts read. Text is written as
 * Unicode (Arabic is not escaped), languages as BCP 47 tags, statuses and origins as the labels
 * users type, instants in ISO 8601.
 */
public final class JsonOutput {

  /** Built on first use: most runs of the console write no JSON and need not load Jackson. */

  /** {@code docs --json}. */
  public String documents(List<DocumentSummary> documents) {
    return JsonText.write(
        Map.of("documents", documents.stream().map(JsonOutput::document).toList()));
  }

  /** {@code segments DOC --json}: the segments, with the status into {@code target} when given. */
  public String segments(
      DocumentSummary document, Optional<Locale> target, List<SegmentView> segments) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("document", document.name());
    out.put("documentId", document.id());
    out.put("version", document.version());
    out.put("target", target.map(Locale::toLanguageTag).orElse(null));
    out.put("segments", segments.stream().map(s -> segment(s, target)).toList());
    return JsonText.write(out);
  }

  /** {@code segment ID --json}. */
  public String segment(SegmentView segment) {
    return segment(segment, Map.of(), Map.of());
  }

  /**
   * One segment with the earlier states of its translations, oldest first, under {@code history}
   * by target language, and its TM matches per target language ({@link TmJson#matches}) under
   * {@code tmMatches}.
   */
  public String segment(
      SegmentView segment,
      Map<Locale, List<EarlierTranslation>> history,
      Map<String, List<Object>> tmMatches) {
    Map<String, List<EarlierJson>> earlier = new LinkedHashMap<>();
    history.forEach(
        (target, states) ->
            earlier.put(
                target.toLanguageTag(),
                states.stream()
                    .map(e -> new EarlierJson(translation(e.translation()), e.replacedAt().toString()))
                    .toList()));
    Map<String, Object> out =
        JsonText.fields(segment(segment, Optional.empty()).withHistory(earlier));
    out.put("tmMatches", tmMatches);
    return JsonText.write(out);
  }

  /**
   * {@code find TEXT --json}, with the TM hits ({@link TmJson#hits}) under {@code tmHits}; {@code
   * in} says whether {@code start} and {@code end} are positions in the source or in the target.
   */
  public String hits(
      String query,
      Optional<Locale> target,
      SearchSide side,
      List<FindHit> hits,
      List<Object> tmHits) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", query);
    out.put("target", target.map(Locale::toLanguageTag).orElse(null));
    out.put("in", side.label());
    out.put("hits", hits.stream().map(JsonOutput::hit).toList());
    out.put("tmHits", tmHits);
    return JsonText.write(out);
  }

  /** {@code stats DOC --json}. */
  public String stats(DocumentStats stats) {
    return JsonText.write(statsOf(stats));
  }

  /** {@code stats --json}: one entry per document. */
  public String stats(List<DocumentStats> stats) {
    return JsonText.write(
        Map.of("documents", stats.stream().map(JsonOutput::statsOf).toList()));
  }

  /** {@code export-xliff --json}: the file written and its counts. */
  public String exportXliff(ExportReport r) {
    return JsonText.write(
        new ExportXliffJson(
            r.file().toString(),
            r.xliffVersion().label(),
            r.documentId(),
            r.documentName(),
            r.version(),
            r.target().toLanguageTag(),
            r.units(),
            r.translated(),
            r.tmDrafts(),
            r.withSuggestions()));
  }

  record ExportXliffJson(
      String file,
      String xliff,
      long documentId,
      String document,
      int version,
      String target,
      int units,
      int translated,
      int tmDrafts,
      int withSuggestions) {}

  /** {@code import-xliff FILE --json}: the counts and each rejected unit with its reason. */
  public String importXliff(ImportXliffReport report) {
    return JsonText.write(
        new ImportXliffJson(
            report.file().toString(),
            report.xliffVersion().label(),
            report.documentId(),
            report.documentName(),
            report.version(),
            report.target().toLanguageTag(),
            report.updated(),
            report.unchanged(),
            report.empty(),
            report.rejected(),
            report.tmUnitsAdded(),
            report.repetitions(),
            report.rejections().stream()
                .map(r -> new RejectionJson(r.unitId(), XliffText.label(r.reason()), r.message()))
                .toList()));
  }

  /** {@code align --json}. */
  public String alignment(Path file, AlignmentReport r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("document", r.name());
    out.put("documentId", r.documentId());
    out.put("version", r.version());
    out.put("file", file.toString());
    out.put("target", r.target().toLanguageTag());
    out.put(
        "pairs",
        r.pairs().stream()
            .map(
                p ->
                    new AlignedPairJson(
                        p.kind(),
                        p.segmentIds(),
                        p.sources().stream().map(Content::plainText).toList(),
                        p.targets().stream().map(Content::plainText).toList(),
                        p.confidence(),
                        p.stored().label()))
            .toList());
    out.put("added", r.added());
    out.put("changed", r.changed());
    out.put("unchanged", r.unchanged());
    out.put("tmUnitsAdded", r.tmAdded());
    out.put("tmUnitsRefreshed", r.tmRefreshed());
    out.put("warnings", r.warnings());
    return JsonText.write(out);
  }

  /** One link of {@code align --json}; {@code status} is {@code new} when nothing was stored. */
  record AlignedPairJson(
      String kind,
      List<Long> segments,
      List<String> sources,
      List<String> targets,
      int confidence,
      String status) {}

  private static DocumentJson document(DocumentSummary d) {
    Map<String, ProgressJson> progress = new LinkedHashMap<>();
    for (Locale target : d.targets()) {
      progress.put(
          target.toLanguageTag(),
          new ProgressJson(d.translated().getOrDefault(target, 0), d.segments()));
    }
    return new DocumentJson(
        d.id(),
        d.name(),
        d.version(),
        d.source().toLanguageTag(),
        d.targets().stream().map(Locale::toLanguageTag).toList(),
        d.mediaType(),
        d.charset(),
        d.sha256(),
        d.segments(),
        d.words(),
        d.importedAt().toString(),
        progress);
  }

  private static SegmentJson segment(SegmentView s, Optional<Locale> target) {
    List<TranslationView> translations =
        s.translations().stream().filter(t -> target.map(t.target()::equals).orElse(true)).toList();
    String status =
        target
            .map(
                language ->
                    translations.stream()
                        .findFirst()
                        .map(TranslationView::status)
                        .orElse(Status.NEW)
                        .label())
            .orElse(null);
    return new SegmentJson(
        s.id(),
        s.documentId(),
        s.documentName(),
        s.version(),
        s.index(),
        s.unitIndex(),
        s.unitKey(),
        s.unitNote(),
        s.source().plainText(),
        s.source().codes().stream().map(JsonOutput::code).toList(),
        s.words(),
        status,
        translations.stream().map(JsonOutput::translation).toList(),
        null);
  }

  private static CodeJson code(InlineCode c) {
    return new CodeJson(c.kind().name().toLowerCase(Locale.ROOT), c.id(), c.type(), c.data());
  }

  private static TranslationJson translation(TranslationView t) {
    Content content = t.content();
    return new TranslationJson(
        t.target().toLanguageTag(),
        content == null ? null : content.plainText(),
        t.status() == null ? null : t.status().label(),
        t.origin() == null ? null : t.origin().label(),
        t.score(),
        t.changedAt() == null ? null : t.changedAt().toString());
  }

  private static HitJson hit(FindHit h) {
    return new HitJson(
        h.segmentId(),
        h.documentName(),
        h.version(),
        h.index(),
        h.source(),
        h.target().isEmpty() ? null : h.target(),
        h.start(),
        h.end());
  }

  private static StatsJson statsOf(DocumentStats s) {
    return new StatsJson(
        s.documentName(),
        s.version(),
        s.segments(),
        s.words(),
        s.characters(),
        s.repeatedSegments(),
        s.repeatedWords(),
        TmJson.bands(s.analyses()));
  }

  record DocumentJson(
      long id,
      String name,
      int version,
      String source,
      List<String> targets,
      String mediaType,
      String charset,
      String sha256,
      int segments,
      long words,
      String importedAt,
      Map<String, ProgressJson> progress) {}

  record ProgressJson(int translated, int segments) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SegmentJson(
      long id,
      long documentId,
      String document,
      int version,
      int index,
      int unitIndex,
      String unitKey,
      String note,
      String source,
      List<CodeJson> codes,
      long words,
      String status,
      List<TranslationJson> translations,
      Map<String, List<EarlierJson>> history) {
    SegmentJson withHistory(Map<String, List<EarlierJson>> earlier) {
      return new SegmentJson(
          id, documentId, document, version, index, unitIndex, unitKey, note, source, codes,
          words, status, translations, earlier);
    }
  }

  record EarlierJson(TranslationJson translation, String replacedAt) {}

  record CodeJson(String kind, int id, String type, String data) {}

  record TranslationJson(
      String target, String text, String status, String origin, Integer score, String changedAt) {}

  record HitJson(
      long segmentId,
      String document,
      int version,
      int index,
      String source,
      @JsonInclude(JsonInclude.Include.NON_NULL) String target,
      int start,
      int end) {}

  record ImportXliffJson(
      String file,
      String xliff,
      long documentId,
      String document,
      int version,
      String target,
      int updated,
      int unchanged,
      int empty,
      int rejected,
      int tmUnitsAdded,
      int repetitions,
      List<RejectionJson> rejections) {}

  record RejectionJson(String unit, String reason, String message) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record StatsJson(
      String document,
      int version,
      int segments,
      long words,
      long characters,
      int repeatedSegments,
      long repeatedWords,
      List<Object> matchBands) {}
}
