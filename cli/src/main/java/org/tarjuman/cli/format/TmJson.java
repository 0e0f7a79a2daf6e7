package org.tarjuman.cli.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarjuman.core.model.DiffPart;
import org.tarjuman.core.model.MatchAnalysis;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.TmHit;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.model.TmStats;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.model.TmxExportReport;
import org.tarjuman.core.model.TmxImportReport;

/**
 * The {@code --json} output of the {@code tm} commands, with the same conventions as {@link
 * JsonOutput}: shapes defined here as records, Arabic unescaped, BCP 47 tags, labels as users type
 * them, instants in ISO 8601.
 */
public final class TmJson {

  /** {@code tm lookup --json}. */
  public String lookup(String query, List<TmMatch> matches) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", query);
    out.put("matches", matches.stream().map(TmJson::match).toList());
    return JsonText.write(out);
  }

  /** {@code tm stats --json}. */
  public String stats(TmStats stats) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("units", stats.units());
    out.put(
        "pairs",
        stats.pairs().stream()
            .map(
                p ->
                    new PairJson(
                        p.source().toLanguageTag(),
                        p.target().toLanguageTag(),
                        p.units(),
                        origins(p.origins()),
                        p.oldest().toString(),
                        p.lastChanged().toString()))
            .toList());
    // null when the database is a server: its size is unknown here.
    out.put(
        "bytesOnDisk", stats.bytesOnDisk().isPresent() ? stats.bytesOnDisk().getAsLong() : null);
    return JsonText.write(out);
  }

  private static Map<String, Long> origins(Map<Origin, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    counts.forEach((origin, units) -> out.put(origin.label(), units));
    return out;
  }

  /** {@code tm import --json}. */
  public String importReport(TmxImportReport r) {
    return JsonText.write(
        new ImportJson(
            r.source().toLanguageTag(),
            r.target().toLanguageTag(),
            r.read(),
            r.added(),
            r.duplicates()));
  }

  /** {@code tm export --json}. */
  public String exportReport(TmxExportReport r) {
    return JsonText.write(
        new ExportJson(
            r.file().toString(),
            r.source().toLanguageTag(),
            r.target().toLanguageTag(),
            r.units()));
  }

  /** TM hits of {@code find --json}, as a value to put beside the segment hits. */
  public static List<Object> hits(List<TmHit> hits) {
    return hits.stream()
        .map(h -> (Object) new HitJson(h.id(), unit(h.unit()), h.start(), h.end()))
        .toList();
  }

  /** TM matches per target language, for {@code segment ID --json}. */
  public static Map<String, List<Object>> matches(Map<Locale, List<TmMatch>> byTarget) {
    Map<String, List<Object>> out = new LinkedHashMap<>();
    byTarget.forEach(
        (target, matches) ->
            out.put(
                target.toLanguageTag(), matches.stream().map(m -> (Object) match(m)).toList()));
    return out;
  }

  /**
   * Match bands per target language, every band with its segments and words, for {@code stats
   * --json}; empty when there are none.
   */
  public static List<Object> bands(List<MatchAnalysis> analyses) {
    return analyses.stream()
        .map(
            a ->
                (Object)
                    new BandsJson(
                        a.target().toLanguageTag(),
                        a.bands().stream()
                            .map(c -> new BandJson(c.band().label(), c.segments(), c.words()))
                            .toList()))
        .toList();
  }

  private static MatchJson match(TmMatch m) {
    return new MatchJson(
        m.id(),
        m.score(),
        m.score() > TmMatch.EXACT,
        unit(m.unit()),
        m.markedSource(),
        m.differences().stream().map(TmJson::part).toList());
  }

  private static PartJson part(DiffPart p) {
    return new PartJson(p.kind().name().toLowerCase(Locale.ROOT), p.text());
  }

  private static UnitJson unit(TmUnit u) {
    return new UnitJson(
        u.sourceLanguage().toLanguageTag(),
        u.targetLanguage().toLanguageTag(),
        u.source().plainText(),
        u.target().plainText(),
        u.origin().label(),
        u.created().toString(),
        u.changed().toString());
  }

  record UnitJson(
      String sourceLanguage,
      String targetLanguage,
      String source,
      String target,
      String origin,
      String created,
      String changed) {}

  record MatchJson(
      long id,
      int score,
      boolean inContext,
      UnitJson unit,
      String markedSource,
      List<PartJson> differences) {}

  record PartJson(String kind, String text) {}

  record BandsJson(String target, List<BandJson> bands) {}

  record BandJson(String band, int segments, long words) {}

  record PairJson(
      String source,
      String target,
      long units,
      Map<String, Long> origins,
      String oldest,
      String lastChanged) {}

  record ImportJson(String source, String target, long read, long added, long duplicates) {}

  record ExportJson(String file, String source, String target, long units) {}

  record HitJson(long id, UnitJson unit, int start, int end) {}
}
