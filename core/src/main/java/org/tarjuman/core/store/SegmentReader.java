package org.tarjuman.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.text.NormalisedText;

/** Reads segments with their translations, and finds segments by normalised source text. */
final class SegmentReader {

  private static final String SEGMENTS =
      """
      SELECT s.id, v.document_id, d.name, v.version_no, u.unit_index, u.unit_key, s.position_no,
          s.source_coded, s.source_codes, s.word_count, u.note, v.format
      FROM segments s
          JOIN text_units u ON u.id = s.unit_id
          JOIN document_versions v ON v.id = s.version_id
          JOIN documents d ON d.id = v.document_id
      """;

  /** A version's segments, without the document columns its {@link VersionOf} holds. */
  private static final String VERSION_SEGMENTS =
      """
      SELECT s.id, u.unit_index, u.unit_key, s.position_no, s.source_coded, s.source_codes,
          s.word_count, u.note
      FROM segments s JOIN text_units u ON u.id = s.unit_id
      """;

  /** The same with the translation into {@code :target}, if any. */
  private static final String VERSION_SEGMENTS_WITH_TARGET =
      """
      SELECT s.id, u.unit_index, u.unit_key, s.position_no, s.source_coded, s.source_codes,
          s.word_count, u.note, t.target_coded, t.target_codes, t.status, t.origin, t.score,
          t.changed_at
      FROM segments s JOIN text_units u ON u.id = s.unit_id
          LEFT JOIN translations t ON t.segment_id = s.id AND t.target_lang = :target
      """;

  /** Segments by id, with the translation into {@code :target}, if any; only those of a version. */
  private static final String SEGMENTS_BY_ID =
      """
      SELECT s.id, u.unit_index, u.unit_key, s.position_no, s.source_coded, s.source_codes,
          s.word_count, u.note, t.target_coded, t.target_codes, t.status, t.origin, t.score,
          t.changed_at
      FROM UNNEST(CAST(:ids AS BIGINT ARRAY)) AS k (id)
          JOIN segments s ON s.id = k.id
          JOIN text_units u ON u.id = s.unit_id
          LEFT JOIN translations t ON t.segment_id = s.id AND t.target_lang = :target
      WHERE s.version_id = :version
      """;

  private static final String TRANSLATIONS =
      """
      SELECT t.segment_id, t.target_lang, t.target_coded, t.target_codes, t.status, t.origin,
          t.score, t.changed_at
      FROM translations t
      """;

  private static final RowMapper<SegmentView> SEGMENT =
      (rs, ctx) ->
          new SegmentView(
              rs.getLong("id"),
              rs.getLong("document_id"),
              rs.getString("name"),
              rs.getInt("version_no"),
              rs.getInt("unit_index"),
              rs.getString("unit_key"),
              rs.getInt("position_no"),
              Columns.content(rs, "source_coded", "source_codes"),
              rs.getLong("word_count"),
              List.of(),
              Objects.requireNonNullElse(rs.getString("note"), ""),
              Format.forName(rs.getString("format")).map(Format::hasResourceKeys).orElse(false));

  private static final RowMapper<SegmentTranslation> TRANSLATION =
      (rs, ctx) ->
          new SegmentTranslation(
              rs.getLong("segment_id"),
              new TranslationView(
                  Locale.forLanguageTag(rs.getString("target_lang")),
                  Columns.content(rs, "target_coded", "target_codes"),
                  Status.fromLabel(rs.getString("status")),
                  Origin.fromLabel(rs.getString("origin")),
                  rs.getObject("score", Integer.class),
                  Columns.instant(rs, "changed_at")));

  static final int CHUNK_ROWS = 5_000;

  private final Handle handle;

  SegmentReader(Handle handle) {
    this.handle = handle;
  }

  /**
   * See {@link DocumentStore#segments}; the status filter needs a target. With a target, one query
   * reads the segments in position order with their translation into it (the version's document
   * read once, not per row); without one, a second query reads every translation of the version.
   */
  List<SegmentView> segments(long versionId, Optional<Locale> target, Optional<Status> status) {
    VersionOf version = versionOf(versionId);
    if (target.isPresent()) {
      return withTarget(version, target.get(), status);
    }
    List<SegmentView> segments =
        handle
            .createQuery(VERSION_SEGMENTS + " WHERE s.version_id = :version ORDER BY s.position_no")
            .bind("version", versionId)
            .map((rs, ctx) -> version.segment(rs, List.of()))
            .list();
    Query translations =
        handle.createQuery(
            TRANSLATIONS
                + " JOIN segments s ON s.id = t.segment_id WHERE s.version_id = :version"
                + " ORDER BY t.segment_id, t.target_lang");
    return withTranslations(segments, translations.bind("version", versionId));
  }

  /**
   * Reads the segments {@value #CHUNK_ROWS} positions at a time (positions run from 1 to the
   * version's segment count): a large version never becomes one large result, which H2 would spill
   * into a temporary file beyond its in-memory row limit, and each query is a bounded range of the
   * (version, position) index. (A {@code LIMIT} after the last position read would make H2 join
   * every remaining row before cutting.)
   */
  private List<SegmentView> withTarget(VersionOf version, Locale target, Optional<Status> status) {
    String tag = target.toLanguageTag();
    Locale stored = Locale.forLanguageTag(tag);
    String sql =
        VERSION_SEGMENTS_WITH_TARGET
            + " WHERE s.version_id = :version AND s.position_no > :after"
            + " AND s.position_no <= :last"
            + (status.isPresent() ? " AND COALESCE(t.status, :new) = :status" : "")
            + " ORDER BY s.position_no";
    List<SegmentView> segments = new ArrayList<>();
    for (int after = 0; after < version.segmentCount(); after += CHUNK_ROWS) {
      Query query =
          handle
              .createQuery(sql)
              .bind("target", tag)
              .bind("version", version.id())
              .bind("after", after)
              .bind("last", after + CHUNK_ROWS);
      status.ifPresent(s -> query.bind("new", Status.NEW.label()).bind("status", s.label()));
      query.map((rs, ctx) -> version.segment(rs, translations(rs, stored))).forEach(segments::add);
    }
    return segments;
  }

  /**
   * Those of {@code ids} that are segments of a version, in no particular order, each with its
   * translation into {@code target} only (if it has one): the ids as one array parameter joined to
   * the primary key.
   */
  List<SegmentView> segments(long versionId, List<Long> ids, Locale target) {
    if (ids.isEmpty()) {
      return List.of();
    }
    VersionOf version = versionOf(versionId);
    Locale stored = Locale.forLanguageTag(target.toLanguageTag());
    return handle
        .createQuery(SEGMENTS_BY_ID)
        .bindArray("ids", Long.class, ids)
        .bind("target", target.toLanguageTag())
        .bind("version", versionId)
        .map((rs, ctx) -> version.segment(rs, translations(rs, stored)))
        .list();
  }

  /**
   * The segments at positions {@code after + 1} to {@code after + limit} of a version (positions
   * run from 1 without gaps), in order, each with its translation into {@code target} (if any).
   */
  List<SegmentView> page(long versionId, Locale target, int after, int limit) {
    VersionOf version = versionOf(versionId);
    Locale stored = Locale.forLanguageTag(target.toLanguageTag());
    return handle
        .createQuery(
            VERSION_SEGMENTS_WITH_TARGET
                + " WHERE s.version_id = :version AND s.position_no > :after"
                + " AND s.position_no <= :last ORDER BY s.position_no")
        .bind("target", target.toLanguageTag())
        .bind("version", versionId)
        .bind("after", after)
        .bind("last", (int) Math.min(Integer.MAX_VALUE, (long) after + limit))
        .map((rs, ctx) -> version.segment(rs, translations(rs, stored)))
        .list();
  }

  private static List<TranslationView> translations(ResultSet rs, Locale target)
      throws SQLException {
    return rs.getString("target_coded") == null ? List.of() : List.of(translation(rs, target));
  }

  private VersionOf versionOf(long versionId) {
    return handle
        .createQuery(
            """
            SELECT v.id, v.document_id, d.name, v.version_no, v.segment_count, v.format
            FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.id = :id
            """)
        .bind("id", versionId)
        .map(
            (rs, ctx) ->
                new VersionOf(
                    rs.getLong("id"),
                    rs.getLong("document_id"),
                    rs.getString("name"),
                    rs.getInt("version_no"),
                    rs.getInt("segment_count"),
                    Format.forName(rs.getString("format"))
                        .map(Format::hasResourceKeys)
                        .orElse(false)))
        .one();
  }

  private static TranslationView translation(ResultSet rs, Locale target) throws SQLException {
    return new TranslationView(
        target,
        Columns.content(rs, "target_coded", "target_codes"),
        Status.fromLabel(rs.getString("status")),
        Origin.fromLabel(rs.getString("origin")),
        rs.getObject("score", Integer.class),
        Columns.instant(rs, "changed_at"));
  }

  Optional<SegmentView> segment(long segmentId) {
    List<SegmentView> found =
        handle
            .createQuery(SEGMENTS + " WHERE s.id = :id")
            .bind("id", segmentId)
            .map(SEGMENT)
            .list();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Query translations =
        handle
            .createQuery(TRANSLATIONS + " WHERE t.segment_id = :id ORDER BY t.target_lang")
            .bind("id", segmentId);
    return Optional.of(withTranslations(found, translations).get(0));
  }

  /** See {@link DocumentStore#find}. */
  List<FindHit> find(String query, int limit) {
    String key = ArabicNormaliser.normalise(query);
    if (key.isEmpty()) {
      throw new InvalidInputException("nothing to search for in '" + query + "'");
    }
    if (limit < 1) {
      throw new InvalidInputException("the number of hits must be at least 1, not " + limit);
    }
    return handle
        .createQuery(
            """
            SELECT s.id, d.name, v.version_no, s.position_no, s.source_coded, s.source_codes
            FROM segments s
                JOIN document_versions v ON v.id = s.version_id
                JOIN documents d ON d.id = v.document_id
            WHERE s.norm_key LIKE :pattern ESCAPE '!' AND\s\
            """
                + DocumentReader.LATEST_VERSION
                + " ORDER BY d.name, s.position_no LIMIT :limit")
        .bind("pattern", "%" + Columns.likeLiteral(key) + "%")
        .bind("limit", limit)
        .map(
            (rs, ctx) ->
                hit(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getInt("version_no"),
                    rs.getInt("position_no"),
                    Columns.content(rs, "source_coded", "source_codes"),
                    key))
        .list();
  }

  private static FindHit hit(
      long id, String document, int version, int position, Content source, String key) {
    NormalisedText normalised = ArabicNormaliser.tracked(source);
    int at = normalised.text().indexOf(key);
    String plain = source.plainText();
    if (at < 0) {
      // The stored key was made by another version of the normaliser.
      return new FindHit(id, document, version, position, plain, -1, -1);
    }
    NormalisedText.Range range = normalised.sourceRange(at, at + key.length());
    return new FindHit(id, document, version, position, plain, range.start(), range.end());
  }

  private static List<SegmentView> withTranslations(
      List<SegmentView> segments, Query translations) {
    Map<Long, List<TranslationView>> bySegment = new HashMap<>();
    translations
        .map(TRANSLATION)
        .forEach(
            t -> bySegment.computeIfAbsent(t.segmentId(), id -> new ArrayList<>()).add(t.view()));
    return segments.stream()
        .map(s -> bySegment.containsKey(s.id()) ? withTranslations(s, bySegment.get(s.id())) : s)
        .toList();
  }

  private static SegmentView withTranslations(SegmentView s, List<TranslationView> translations) {
    return s.withTranslations(translations);
  }

  private record SegmentTranslation(long segmentId, TranslationView view) {}

  /** A document version, read once for all its segments. */
  private record VersionOf(
      long id,
      long documentId,
      String documentName,
      int number,
      int segmentCount,
      boolean resourceKeys) {
    SegmentView segment(ResultSet rs, List<TranslationView> translations) throws SQLException {
      return new SegmentView(
          rs.getLong("id"),
          documentId,
          documentName,
          number,
          rs.getInt("unit_index"),
          rs.getString("unit_key"),
          rs.getInt("position_no"),
          Columns.content(rs, "source_coded", "source_codes"),
          rs.getLong("word_count"),
          translations,
          Objects.requireNonNullElse(rs.getString("note"), ""),
          resourceKeys);
    }
  }
}
