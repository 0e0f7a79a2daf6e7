package org.tarjuman.core.store;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.Status;

/** Reads documents with their latest versions, and counts. */
final class DocumentReader {

  /**
   * Whether segment {@code s} (its unit {@code su}) of version {@code v} repeats an earlier one:
   * the same normalised key and, in a Gettext catalogue, the same plural form (the digit of a
   * {@code key[k]} unit key, empty for an ordinary string), as {@code RepetitionWriter} and the TM
   * analysis count them: a plural entry's forms share a source but are no repetitions of each other.
   */
  private static final String REPEATED =
      """
      EXISTS (SELECT 1 FROM segments e JOIN text_units eu ON eu.id = e.unit_id
          WHERE e.version_id = s.version_id AND e.norm_key = s.norm_key
              AND e.position_no < s.position_no
              AND (v.format != 'PO' OR <form:eu> = <form:su>))
      """
          .replace("<form:eu>", pluralForm("eu"))
          .replace("<form:su>", pluralForm("su"));

  /** Restricts a query on {@code document_versions v} to each document's latest version. */
  static final String LATEST_VERSION =
      "v.version_no = (SELECT MAX(x.version_no) FROM document_versions x"
          + " WHERE x.document_id = v.document_id)";

  private static final String SUMMARIES =
      """
      SELECT d.id, d.name, d.source_lang, v.id AS version_id, v.version_no, v.target_langs,
          v.media_type, v.charset, v.sha256, v.segment_count, v.word_count, v.imported_at
      FROM documents d JOIN document_versions v ON v.document_id = d.id
      WHERE\s\
      """
          + LATEST_VERSION;

  private static final String TRANSLATED =
      """
      SELECT s.version_id, t.target_lang, COUNT(*) AS translated
      FROM translations t
          JOIN segments s ON s.id = t.segment_id
          JOIN document_versions v ON v.id = s.version_id
          JOIN documents d ON d.id = v.document_id
      WHERE t.status <> :new AND\s\
      """
          + LATEST_VERSION;

  private static final RowMapper<DocumentSummary> SUMMARY =
      (rs, ctx) ->
          new DocumentSummary(
              rs.getLong("id"),
              rs.getString("name"),
              rs.getInt("version_no"),
              rs.getLong("version_id"),
              Locale.forLanguageTag(rs.getString("source_lang")),
              Columns.languages(rs.getString("target_langs")),
              rs.getString("media_type"),
              Optional.ofNullable(rs.getString("charset")).orElse(""),
              rs.getString("sha256"),
              rs.getInt("segment_count"),
              rs.getLong("word_count"),
              Columns.instant(rs, "imported_at"),
              Map.of());

  private final Handle handle;

  DocumentReader(Handle handle) {
    this.handle = handle;
  }

  List<DocumentSummary> documents() {
    return summaries("", Map.of(), /* counted= */ true);
  }

  /**
   * A document by id or name with its latest version; with {@code counted}, its progress per target
   * language too (a count over every translation of that version), else none.
   */
  Optional<DocumentSummary> document(String idOrName, boolean counted) {
    if (!idOrName.isEmpty() && idOrName.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        List<DocumentSummary> byId =
            summaries(" AND d.id = :id", Map.of("id", Long.parseLong(idOrName)), counted);
        if (!byId.isEmpty()) {
          return Optional.of(byId.get(0));
        }
      } catch (NumberFormatException tooLongForAnId) {
        // Then it can only be a name.
      }
    }
    return summaries(" AND d.name = :name", Map.of("name", idOrName), counted).stream()
        .findFirst();
  }

  /** The latest version's id of a document. */
  long latestVersionId(long documentId) {
    return handle
        .createQuery(
            "SELECT v.id FROM document_versions v WHERE v.document_id = :d AND " + LATEST_VERSION)
        .bind("d", documentId)
        .mapTo(Long.class)
        .findOne()
        .orElseThrow(() -> new InvalidInputException("there is no document with id " + documentId));
  }

  /** The id of a document's version with the given number. */
  long versionId(long documentId, int version) {
    return handle
        .createQuery(
            "SELECT v.id FROM document_versions v WHERE v.document_id = :d AND v.version_no = :n")
        .bind("d", documentId)
        .bind("n", version)
        .mapTo(Long.class)
        .findOne()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "document " + documentId + " has no version " + version + "; `docs` shows"
                        + " the latest"));
  }

  /** What the import detected in a version: its format, media type, charset and byte order mark. */
  Detection detection(long versionId) {
    return handle
        .createQuery(
            "SELECT format, media_type, charset, has_bom FROM document_versions WHERE id = :id")
        .bind("id", versionId)
        .map(
            (rs, ctx) -> {
              String name = rs.getString("format");
              Format format =
                  Format.forName(name)
                      .orElseThrow(
                          () ->
                              new InvalidInputException(
                                  "version %d was imported as %s, which this version of Tarjuman does not know; import the document again"
                                      .formatted(versionId, name)));
              return new Detection(
                  format,
                  rs.getString("media_type"),
                  Optional.ofNullable(rs.getString("charset")).map(Charset::forName),
                  rs.getBoolean("has_bom"));
            })
        .findOne()
        .orElseThrow(() -> new InvalidInputException("there is no version with id " + versionId));
  }

  /** The plural form digit of a unit key {@code key[k]}, else the empty string. */
  private static String pluralForm(String unit) {
    String digit =
        "SUBSTRING(" + unit + ".unit_key FROM CHAR_LENGTH(" + unit + ".unit_key) - 1 FOR 1)";
    return "CASE WHEN " + unit + ".unit_key LIKE '%[_]' AND " + digit + " BETWEEN '0' AND '9' THEN "
        + digit + " ELSE '' END";
  }

  DocumentStats stats(long documentId) {
    long versionId = latestVersionId(documentId);
    return handle
        .createQuery(
            """
            SELECT d.name, v.version_no,
                (SELECT COUNT(*) FROM segments s WHERE s.version_id = v.id) AS segments,
                (SELECT COALESCE(SUM(s.word_count), 0) FROM segments s
                    WHERE s.version_id = v.id) AS words,
                (SELECT COALESCE(SUM(s.char_count), 0) FROM segments s
                    WHERE s.version_id = v.id) AS chars,
                (SELECT COUNT(*) FROM segments s JOIN text_units su ON su.id = s.unit_id
                    WHERE s.version_id = v.id AND <repeated>) AS repeated,
                (SELECT COALESCE(SUM(s.word_count), 0)
                    FROM segments s JOIN text_units su ON su.id = s.unit_id
                    WHERE s.version_id = v.id AND <repeated>) AS repeated_words
            FROM document_versions v JOIN documents d ON d.id = v.document_id
            WHERE v.id = :version
            """
                .replace("<repeated>", REPEATED))
        .bind("version", versionId)
        .map(
            (rs, ctx) ->
                new DocumentStats(
                    rs.getString("name"),
                    rs.getInt("version_no"),
                    rs.getInt("segments"),
                    rs.getLong("words"),
                    rs.getLong("chars"),
                    rs.getInt("repeated"),
                    rs.getLong("repeated_words")))
        .one();
  }

  private List<DocumentSummary> summaries(
      String condition, Map<String, Object> parameters, boolean counted) {
    Query query = handle.createQuery(SUMMARIES + condition + " ORDER BY d.name");
    parameters.forEach(query::bind);
    List<DocumentSummary> documents = query.map(SUMMARY).list();
    if (documents.isEmpty() || !counted) {
      return documents;
    }
    Query counts =
        handle.createQuery(TRANSLATED + condition + " GROUP BY s.version_id, t.target_lang");
    parameters.forEach(counts::bind);
    Map<Long, Map<Locale, Integer>> translated = new HashMap<>();
    counts
        .bind("new", Status.NEW.label())
        .map(
            (rs, ctx) ->
                new TranslatedCount(
                    rs.getLong("version_id"),
                    Locale.forLanguageTag(rs.getString("target_lang")),
                    rs.getInt("translated")))
        .forEach(
            c ->
                translated
                    .computeIfAbsent(c.versionId(), id -> new HashMap<>())
                    .put(c.target(), c.count()));
    return documents.stream()
        .map(d -> withTranslated(d, translated.getOrDefault(d.versionId(), Map.of())))
        .toList();
  }

  private static DocumentSummary withTranslated(DocumentSummary d, Map<Locale, Integer> counts) {
    Map<Locale, Integer> translated = new LinkedHashMap<>();
    d.targets().forEach(target -> translated.put(target, 0));
    translated.putAll(counts);
    return new DocumentSummary(
        d.id(),
        d.name(),
        d.version(),
        d.versionId(),
        d.source(),
        d.targets(),
        d.mediaType(),
        d.charset(),
        d.sha256(),
        d.segments(),
        d.words(),
        d.importedAt(),
        translated);
  }

  private record TranslatedCount(long versionId, Locale target, int count) {}
}
