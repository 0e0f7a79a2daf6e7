package org.tarjuman.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.TmHit;
import org.tarjuman.core.model.TmStats;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.text.NormalisedText;

/** Reads TM units: by key, by id, by concordance, in bulk, and counts. */
final class TmReader {

  private static final String UNITS =
      """
      SELECT id, source_lang, target_lang, source_coded, source_codes, target_coded, target_codes,
          prev_source, next_source, origin, created_at, changed_at
      FROM tm_units
      """;

  static final int PAGE = 2_000;

  static final RowMapper<StoredUnit> UNIT =
      (rs, ctx) ->
          new StoredUnit(
              rs.getLong("id"),
              new TmUnit(
                  Locale.forLanguageTag(rs.getString("source_lang")),
                  Locale.forLanguageTag(rs.getString("target_lang")),
                  Columns.content(rs, "source_coded", "source_codes"),
                  Columns.content(rs, "target_coded", "target_codes"),
                  Optional.ofNullable(rs.getString("prev_source")),
                  Optional.ofNullable(rs.getString("next_source")),
                  Origin.fromLabel(rs.getString("origin")),
                  Columns.instant(rs, "created_at"),
                  Columns.instant(rs, "changed_at")));

  private final Handle handle;

  TmReader(Handle handle) {
    this.handle = handle;
  }

  List<StoredUnit> byKey(Locale source, Locale target, String key, int limit) {
    return handle
        .createQuery(
            UNITS
                + " WHERE source_lang = :source AND target_lang = :target AND source_key = :key"
                + " ORDER BY changed_at DESC, id DESC LIMIT :limit")
        .bind("source", source.toLanguageTag())
        .bind("target", target.toLanguageTag())
        .bind("key", key)
        .bind("limit", limit)
        .map(UNIT)
        .list();
  }

  /** The units with these ids that still exist, by id. */
  Map<Long, StoredUnit> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return handle
        .createQuery(UNITS + " WHERE id IN (<ids>)")
        .bindList("ids", new ArrayList<>(ids))
        .map(UNIT)
        .stream()
        .collect(Collectors.toMap(StoredUnit::id, Function.identity()));
  }

  List<TmHit> concordance(String key, Optional<Locale> source, Optional<Locale> target, int limit) {
    return unitsOfPair(
            "source_key LIKE :pattern ESCAPE '!'",
            source,
            target,
            "changed_at DESC, id DESC LIMIT :limit")
        .bind("pattern", "%" + Columns.likeLiteral(key) + "%")
        .bind("limit", limit)
        .map(UNIT)
        .stream()
        .map(u -> hit(u, key))
        .toList();
  }

  List<TmHit> targetConcordance(String key, Optional<Locale> target, int limit) {
    List<TmHit> hits = new ArrayList<>();
    try (Stream<StoredUnit> units =
        unitsOfPair("1 = 1", Optional.empty(), target, "changed_at DESC, id DESC")
            .setFetchSize(500)
            .map(UNIT)
            .stream()) {
      Iterator<StoredUnit> it = units.iterator();
      while (it.hasNext() && hits.size() < limit) {
        StoredUnit stored = it.next();
        NormalisedText normalised = ArabicNormaliser.tracked(stored.unit().target());
        int at = normalised.text().indexOf(key);
        if (at >= 0) {
          NormalisedText.Range range = normalised.sourceRange(at, at + key.length());
          hits.add(new TmHit(stored.id(), stored.unit(), range.start(), range.end(), true));
        }
      }
    }
    return hits;
  }

  TmStats stats() {
    Map<List<String>, Map<Origin, Long>> origins = originCounts();
    List<TmStats.Pair> pairs =
        handle
            .createQuery(
                "SELECT source_lang, target_lang, COUNT(*) AS units, MIN(created_at) AS oldest,"
                    + " MAX(changed_at) AS changed FROM tm_units GROUP BY source_lang, target_lang"
                    + " ORDER BY source_lang, target_lang")
            .map(
                (rs, ctx) ->
                    new TmStats.Pair(
                        Locale.forLanguageTag(rs.getString("source_lang")),
                        Locale.forLanguageTag(rs.getString("target_lang")),
                        rs.getLong("units"),
                        Columns.instant(rs, "oldest"),
                        Columns.instant(rs, "changed"),
                        origins.getOrDefault(
                            List.of(rs.getString("source_lang"), rs.getString("target_lang")),
                            Map.of())))
            .list();
    return new TmStats(
        pairs.stream().mapToLong(TmStats.Pair::units).sum(), pairs, OptionalLong.empty());
  }

  /** The units per origin of each language pair, keyed by the pair's source and target tags. */
  private Map<List<String>, Map<Origin, Long>> originCounts() {
    Map<List<String>, Map<Origin, Long>> origins = new HashMap<>();
    handle
        .createQuery(
            "SELECT source_lang, target_lang, origin, COUNT(*) AS units FROM tm_units"
                + " GROUP BY source_lang, target_lang, origin")
        .map(
            (rs, ctx) ->
                Map.entry(
                    List.of(rs.getString("source_lang"), rs.getString("target_lang"), rs.getString("origin")),
                    rs.getLong("units")))
        .forEach(
            row ->
                origins
                    .computeIfAbsent(row.getKey().subList(0, 2), pair -> new EnumMap<>(Origin.class))
                    .put(Origin.fromLabel(row.getKey().get(2)), row.getValue()));
    return origins;
  }

  /**
   * Pushes the units to the sink in id order, reading {@value #PAGE} rows at a time by id (keyset
   * pagination on the primary key): one large result H2 would hold in memory. The languages are
   * checked here, not in the query: with them in the {@code WHERE} clause H2 takes the pair index
   * and reads and sorts the whole pair for every page.
   */
  void forEach(Optional<Locale> source, Optional<Locale> target, Consumer<TmUnit> sink) {
    long after = 0;
    while (true) {
      List<StoredUnit> page =
          handle
              .createQuery(UNITS + " WHERE id > :after ORDER BY id LIMIT :limit")
              .bind("after", after)
              .bind("limit", PAGE)
              .map(UNIT)
              .list();
      for (StoredUnit stored : page) {
        TmUnit unit = stored.unit();
        if (sameTag(source, unit.sourceLanguage()) && sameTag(target, unit.targetLanguage())) {
          sink.accept(unit);
        }
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  /** Whether a language is the wanted one, compared as the database stores it (its tag). */
  private static boolean sameTag(Optional<Locale> wanted, Locale language) {
    return wanted.map(w -> w.toLanguageTag().equals(language.toLanguageTag())).orElse(true);
  }

  /** TM units matching {@code condition}, of the given languages where they are given. */
  private Query unitsOfPair(
      String condition, Optional<Locale> source, Optional<Locale> target, String orderBy) {
    Query query =
        handle.createQuery(
            UNITS
                + " WHERE "
                + condition
                + source.map(s -> " AND source_lang = :source").orElse("")
                + target.map(t -> " AND target_lang = :target").orElse("")
                + " ORDER BY "
                + orderBy);
    source.ifPresent(s -> query.bind("source", s.toLanguageTag()));
    target.ifPresent(t -> query.bind("target", t.toLanguageTag()));
    return query;
  }

  private static TmHit hit(StoredUnit stored, String key) {
    Content source = stored.unit().source();
    NormalisedText normalised = ArabicNormaliser.tracked(source);
    int at = normalised.text().indexOf(key);
    if (at < 0) {
      return new TmHit(stored.id(), stored.unit(), -1, -1);
    }
    NormalisedText.Range range = normalised.sourceRange(at, at + key.length());
    return new TmHit(stored.id(), stored.unit(), range.start(), range.end());
  }

  /** A unit with its id. */
  record StoredUnit(long id, TmUnit unit) {}
}
