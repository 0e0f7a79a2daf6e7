package org.tarjuman.core.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.text.PluralForms;

/**
 * Stores one batch of translations ({@link TranslationBatch}, or a {@link TranslationSink}'s chunks
 * as its producer writes them) inside a transaction the caller holds, {@value #CHUNK} segments at a
 * time: one query reads the chunk's segments with their current translations (the
 * ids as one array parameter joined to the primary key: H2 compares each row with every value of an
 * {@code IN} list of parameters); the neighbouring sources (a new TM unit's context) come from the
 * chunk itself, which for an import in document order holds nearly all of them, and a second query
 * reads only the others by position; then prepared batches keep the history, replace, add, and hand confirmed
 * translations to the {@link TmUnitWriter}. Memory use does not grow with the batch's size beyond
 * the chunk written and a few bytes per segment (the batch's segment ids, one TM key and
 * translation per confirmed source for the repetitions).
 *
 * <p>History comes first within a chunk: the history row is copied from the translation row as it
 * is in the database, before the replacement overwrites it.
 *
 * <p>Two writers at once (two users importing XLIFF for the same document, or translating the same
 * segment): the chunk's existing translation rows are locked ({@code SELECT ... FOR UPDATE}, in id
 * order) before they are read, so the later writer waits for the earlier one to commit, then reads
 * its translation and moves it to the history: the later write wins and nothing is lost. Two
 * writers adding the first translation of a segment at once collide on {@code uq_translations};
 * {@link JdbiTranslationStore} runs the later one again, which then finds the row and replaces it.
 */
final class TranslationWriter implements TranslationSink {

  static final int CHUNK = 500;

  private static final String CURRENT =
      """
      SELECT s.id, s.position_no, s.source_coded, s.source_codes, s.source_plain, s.norm_key,
          u.unit_key, t.id AS translation_id, t.target_coded, t.target_codes, t.status, t.origin,
          t.score
      FROM UNNEST(CAST(:ids AS BIGINT ARRAY)) AS k (id)
          JOIN segments s ON s.id = k.id
          JOIN text_units u ON u.id = s.unit_id
          LEFT JOIN translations t ON t.segment_id = s.id AND t.target_lang = :target
      WHERE s.version_id = :version
      """;

  private static final String SOURCES_AT =
      """
      SELECT s.position_no, s.source_plain
      FROM UNNEST(CAST(:positions AS INTEGER ARRAY)) AS k (position_no)
          JOIN segments s ON s.version_id = :version AND s.position_no = k.position_no
      """;

  private static final String LOCK =
      """
      SELECT id FROM translations WHERE target_lang = :target AND segment_id IN (<ids>)
      ORDER BY id FOR UPDATE
      """;

  static final String KEEP_HISTORY =
      """
      INSERT INTO translation_history (translation_id, target_coded, target_codes, target_plain,
          status, origin, score, changed_at, replaced_at)
      SELECT id, target_coded, target_codes, target_plain, status, origin, score, changed_at, :now
      FROM translations WHERE id = :id
      """;

  private static final String REPLACE =
      """
      UPDATE translations SET target_coded = :coded, target_codes = :codes,
          target_plain = :plain, status = :status, origin = :origin, score = :score,
          changed_at = :now
      WHERE id = :id
      """;

  private static final String ADD =
      """
      INSERT INTO translations (segment_id, target_lang, target_coded, target_codes,
          target_plain, status, origin, score, changed_at)
      VALUES (:segment, :target, :coded, :codes, :plain, :status, :origin, :score, :now)
      """;

  private static final RowMapper<Stored> STORED_ROW =
      (rs, ctx) ->
          new Stored(
              rs.getLong("id"),
              rs.getInt("position_no"),
              rs.getString("source_plain"),
              Columns.content(rs, "source_coded", "source_codes"),
              rs.getString("norm_key"),
              rs.getString("source_codes"),
              rs.getString("unit_key"),
              rs.getObject("translation_id", Long.class),
              rs.getString("target_coded"),
              rs.getString("target_codes"),
              rs.getString("status"),
              rs.getString("origin"),
              rs.getObject("score", Integer.class));

  private final Handle handle;
  private final Instant now;
  private final BatchScope scope;
  private final Version version;
  private final TmUnitWriter tm;
  private final RepetitionWriter repetitions;
  private int added;
  private int changed;
  private int unchanged;

  /**
   * A writer for one batch, inside a transaction on {@code handle}.
   *
   * @throws InvalidInputException when the scope's version does not exist or is not translated
   *     into its language
   */
  TranslationWriter(Handle handle, Instant now, BatchScope scope) {
    this.handle = handle;
    this.now = now;
    this.scope = scope;
    this.version = version(scope);
    this.tm = new TmUnitWriter(handle, /* refreshExisting= */ true);
    this.repetitions =
        new RepetitionWriter(
            handle,
            now,
            version.id(),
            version.segments(),
            scope.target().toLanguageTag(),
            version.gettext());
  }

  @Override
  public boolean isLatestVersion() {
    return handle
        .createQuery("SELECT MAX(version_no) FROM document_versions WHERE document_id = :document")
        .bind("document", scope.documentId())
        .mapTo(Integer.class)
        .one()
        .equals(scope.version());
  }

  @Override
  public boolean lockLatestVersion() {
    handle
        .createQuery("SELECT id FROM documents WHERE id = :document FOR UPDATE")
        .bind("document", scope.documentId())
        .mapTo(Long.class)
        .list();
    return isLatestVersion();
  }

  @Override
  public Map<Long, SegmentView> segments(List<Long> segmentIds) {
    Map<Long, SegmentView> out = new HashMap<>();
    new SegmentReader(handle)
        .segments(version.id(), segmentIds, scope.target())
        .forEach(s -> out.put(s.id(), s));
    return out;
  }

  @Override
  public void write(List<TranslationUpdate> updates) {
    for (TranslationUpdate update : updates) {
      if (!repetitions.inBatch(update.segmentId())) {
        throw new IllegalArgumentException(
            "two translations for segment " + update.segmentId() + " in one batch");
      }
    }
    for (int from = 0; from < updates.size(); from += CHUNK) {
      writeChunk(updates.subList(from, Math.min(updates.size(), from + CHUNK)));
    }
  }

  /** Adds the TM units still pending and fills the repetitions; returns what the batch wrote. */
  AppliedTranslations finish() {
    TmWriteReport written = tm.finish();
    int copied = repetitions.finish();
    return new AppliedTranslations(
        added, changed, unchanged, (int) written.added(), (int) written.duplicates(), copied);
  }

  private void writeChunk(List<TranslationUpdate> chunk) {
    Map<Long, Current> current = current(chunk);
    String target = scope.target().toLanguageTag();
    String origin = scope.origin().label();
    PreparedBatch history = handle.prepareBatch(KEEP_HISTORY);
    PreparedBatch replace = handle.prepareBatch(REPLACE);
    PreparedBatch add = handle.prepareBatch(ADD);
    for (TranslationUpdate update : chunk) {
      Current stored = current.get(update.segmentId());
      String codes = InlineCodesFormat.format(update.target().codes());
      String status = update.status().label();
      int form = PluralForms.formOf(version.gettext(), stored.unitKey());
      if (stored.translationId() == null) {
        bindTranslation(add.bind("segment", update.segmentId()).bind("target", target), update)
            .bind("status", status)
            .bind("origin", origin)
            .add();
        added++;
      } else if (stored.isSame(update.target().coded(), codes, status, origin, update.score())) {
        unchanged++;
        if (update.confirmed()) {
          // Occurrences left empty before (e.g. translated before they were imported) get it now.
          repetitions.confirmed(stored.normKey(), stored.sourceCodes(), form, update.target());
        }
        continue;
      } else {
        history.bind("id", stored.translationId()).bind("now", Columns.timestamp(now)).add();
        bindTranslation(replace.bind("id", stored.translationId()), update)
            .bind("status", status)
            .bind("origin", origin)
            .add();
        changed++;
      }
      if (update.confirmed()) {
        repetitions.confirmed(stored.normKey(), stored.sourceCodes(), form, update.target());
      }
      // A plural form's translation is for one plural category: as a TM unit of its source it
      // would be an exact match for every other form, and for any string with that text.
      if (update.confirmed() && form == PluralForms.NOT_A_FORM) {
        tm.add(
            new TmUnit(
                version.source(),
                scope.target(),
                stored.source(),
                update.target(),
                Optional.ofNullable(stored.prev()),
                Optional.ofNullable(stored.next()),
                scope.origin(),
                now,
                now),
            stored.normKey());
      }
    }
    execute(history);
    execute(replace);
    execute(add);
  }

  private PreparedBatch bindTranslation(PreparedBatch statement, TranslationUpdate update) {
    Content target = update.target();
    return statement
        .bind("coded", target.coded())
        .bind("codes", InlineCodesFormat.format(target.codes()))
        .bind("plain", target.plainText())
        .bind("score", update.score())
        .bind("now", Columns.timestamp(now));
  }

  private static void execute(PreparedBatch batch) {
    try (batch) {
      if (batch.size() > 0) {
        batch.execute();
      }
    }
  }

  /** The chunk's segments, each checked to belong to the batch's version. */
  private Map<Long, Current> current(List<TranslationUpdate> chunk) {
    List<Long> ids = chunk.stream().map(TranslationUpdate::segmentId).toList();
    handle
        .createQuery(LOCK)
        .bind("target", scope.target().toLanguageTag())
        .bindList("ids", ids)
        .mapTo(Long.class)
        .list();
    List<Stored> stored =
        handle
            .createQuery(CURRENT)
            .bind("target", scope.target().toLanguageTag())
            .bind("version", version.id())
            .bindArray("ids", Long.class, ids)
            .map(STORED_ROW)
            .list();
    Map<Integer, String> sources = neighbourSources(stored);
    Map<Long, Current> rows =
        stored.stream()
            .map(
                row ->
                    new Current(
                        row,
                        sources.get(row.position() - 1),
                        sources.get(row.position() + 1)))
            .collect(Collectors.toMap(Current::segmentId, Function.identity()));
    for (TranslationUpdate update : chunk) {
      if (!rows.containsKey(update.segmentId())) {
        throw new InvalidInputException(
            "segment "
                + update.segmentId()
                + " is not in version "
                + scope.version()
                + " of document "
                + scope.documentId()
                + "; nothing was stored");
      }
    }
    return rows;
  }

  /**
   * The plain sources at the chunk's positions and next to them: those in the chunk from its rows,
   * the others (at most two per row; for a chunk of consecutive segments, two in all) read by
   * position.
   */
  private Map<Integer, String> neighbourSources(List<Stored> chunk) {
    Map<Integer, String> sources = new HashMap<>();
    chunk.forEach(row -> sources.put(row.position(), row.plain()));
    List<Integer> missing =
        chunk.stream()
            .flatMap(row -> Stream.of(row.position() - 1, row.position() + 1))
            .filter(position -> position > 0 && !sources.containsKey(position))
            .distinct()
            .toList();
    if (!missing.isEmpty()) {
      handle
          .createQuery(SOURCES_AT)
          .bind("version", version.id())
          .bindArray("positions", Integer.class, missing)
          .map((rs, ctx) -> Map.entry(rs.getInt("position_no"), rs.getString("source_plain")))
          .forEach(e -> sources.put(e.getKey(), e.getValue()));
    }
    return sources;
  }

  private Version version(BatchScope batch) {
    Version version =
        handle
            .createQuery(
                """
                SELECT v.id, v.target_langs, v.segment_count, v.format, d.source_lang
                FROM document_versions v JOIN documents d ON d.id = v.document_id
                WHERE v.document_id = :document AND v.version_no = :number
                """)
            .bind("document", batch.documentId())
            .bind("number", batch.version())
            .map(
                (rs, ctx) ->
                    new Version(
                        rs.getLong("id"),
                        Locale.forLanguageTag(rs.getString("source_lang")),
                        Columns.languages(rs.getString("target_langs")),
                        rs.getInt("segment_count"),
                        Format.PO.name().equals(rs.getString("format"))))
            .findOne()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "document "
                            + batch.documentId()
                            + " has no version "
                            + batch.version()
                            + "; nothing was stored"));
    if (!version.targets().contains(batch.target())) {
      throw new InvalidInputException(
          "version "
              + batch.version()
              + " of document "
              + batch.documentId()
              + " is not translated into "
              + batch.target().toLanguageTag()
              + " but into "
              + Columns.tags(version.targets())
              + "; nothing was stored");
    }
    return version;
  }

  /** A version's row; {@code gettext} when it is a Gettext catalogue, with plural forms. */
  private record Version(
      long id, Locale source, List<Locale> targets, int segments, boolean gettext) {}

  /**
   * A segment of the chunk with its translation as stored now; the translation's fields are null if
   * none.
   */
  private record Stored(
      long segmentId,
      int position,
      String plain,
      Content source,
      String normKey,
      String sourceCodes,
      String unitKey,
      Long translationId,
      String coded,
      String codes,
      String status,
      String origin,
      Integer score) {}

  /** A stored segment with the plain sources before and after it (null at either end). */
  private record Current(Stored stored, String prev, String next) {

    long segmentId() {
      return stored.segmentId();
    }

    Content source() {
      return stored.source();
    }

    String normKey() {
      return stored.normKey();
    }

    String sourceCodes() {
      return stored.sourceCodes();
    }

    String unitKey() {
      return stored.unitKey();
    }

    Long translationId() {
      return stored.translationId();
    }

    boolean isSame(
        String newCoded, String newCodes, String newStatus, String newOrigin, Integer newScore) {
      return stored.coded().equals(newCoded)
          && stored.codes().equals(newCodes)
          && stored.status().equals(newStatus)
          && stored.origin().equals(newOrigin)
          && Objects.equals(stored.score(), newScore);
    }
  }
}
