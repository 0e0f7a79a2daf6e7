package org.tarjuman.cli.format;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.LinkKind;
import org.tarjuman.core.model.MatchAnalysis;
import org.tarjuman.core.model.MatchBand;
import org.tarjuman.core.model.VersionChanges;

/**
 * The {@code import --json} output, with the conventions of {@link JsonOutput}: the counts, the
 * strings skipped by reason ({@code skipped}), the TM analysis per target, and for a new version the changes against the previous one ({@code
 * changes}: one count per link kind, then the translations carried over and suggested), or null.
 */
public final class ImportJson {

  /** {@code import FILE --json}. */
  public String importReport(ImportReport report) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("documentId", report.documentId());
    out.put("name", report.name());
    out.put("version", report.version());
    out.put("mediaType", report.mediaType());
    out.put("charset", report.charset());
    out.put("units", report.units());
    out.put("segments", report.segments());
    out.put("words", report.words());
    out.put("skipped", skipped(report));
    Map<String, Object> leverage = new LinkedHashMap<>();
    report.leverage().forEach(a -> leverage.put(a.target().toLanguageTag(), analysis(a)));
    out.put("tm", leverage);
    out.put("changes", report.changes().map(ImportJson::changes).orElse(null));
    out.put("warnings", report.warnings());
    return JsonText.write(out);
  }

  /** {@code {"total": 3, "empty": 1, "itsRule": 2}}: the reasons with a count, in a fixed order. */
  private static Map<String, Object> skipped(ImportReport report) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", report.skipped());
    report.skippedBy().forEach((reason, count) -> out.put(reason.jsonName(), count));
    return out;
  }

  private static Map<String, Object> analysis(MatchAnalysis analysis) {
    Map<String, Object> bands = new LinkedHashMap<>();
    for (MatchBand band : MatchBand.values()) {
      MatchAnalysis.BandCount count = analysis.count(band);
      bands.put(band.label(), Map.of("segments", count.segments(), "words", count.words()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("bands", bands);
    out.put("drafts", analysis.drafts());
    return out;
  }

  private static Map<String, Object> changes(VersionChanges changes) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("previousVersion", changes.previousVersion());
    for (LinkKind kind : LinkKind.values()) {
      out.put(kind.label(), changes.count(kind));
    }
    out.put("carried", changes.carried());
    out.put("suggested", changes.suggested());
    out.put("deletedSegments", changes.deleted());
    return out;
  }

}
