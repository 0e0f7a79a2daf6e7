package org.tarjuman.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.IdSet;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.text.PluralForms;

/**
 * Copies confirmed translations to the other occurrences of their source in the same document
 * version (CAT tools' auto-propagation), inside the transaction the {@link TranslationWriter}
 * holds.
 *
 * <p>A repetition is a segment of the same version with the same normalised source key ({@code
 * norm_key}) and exactly the same inline codes ({@code source_codes}), so the copied target's codes
 * are the repetition's own. It gets the translation when it has none in the language, or only an
 * unconfirmed one from a machine origin ({@code tm-exact}, {@code tm-fuzzy}, {@code repetition}):
 * a human draft, a carried-over translation and anything confirmed are never overwritten, nor is a
 * segment the batch itself translates. The copy is a <em>draft</em> with origin {@code repetition}
 * (and no score): the same sentence may need another translation in another place, so a person
 * confirms it, as with TM exact matches. Copies do not feed the TM. A replaced machine draft goes to
 * the history first.
 *
 * <p>In a Gettext catalogue a plural entry's forms {@code key[1]} to {@code key[5]} share one
 * source ({@code msgid_plural}, and all of them in a template imported into Arabic), but each is
 * another plural category (Arabic's two, few, many, other): a form is a repetition only of the
 * same form of another entry, never of its entry's other forms nor of an ordinary string.
 *
 * <p>The occurrences are found in two steps, each {@value TranslationWriter#CHUNK} at a time: one
 * query per group of keys reads only the ids of the version's segments with those keys, from the
 * index {@code ix_segments_norm_key} alone (the keys as one array parameter joined to the index, so
 * each row is compared with its own key and not with every key of the group); the segments the
 * batch itself translates are dropped, and only the rest are read in full with their translation.
 * A batch that translates every occurrence of its sources (an XLIFF file of a whole document) thus
 * never reads a segment row, which for a large version would be scattered over the whole table;
 * one that translates every segment of the version (no segment of the batch is outside it: the
 * {@link TranslationWriter} checks each) does not read the key index either.
 * The copies are written with prepared batches.
 */
final class RepetitionWriter {

  /** The ids of the version's segments with one of the keys: read from the key index alone. */
  private static final String WITH_KEYS =
      """
      SELECT s.id FROM UNNEST(CAST(:keys AS VARCHAR ARRAY)) AS k (norm_key)
          JOIN segments s ON s.norm_key = k.norm_key AND s.version_id = :version
      """;

  private static final String OCCURRENCES =
      """
      SELECT s.id, s.norm_key, s.source_codes, u.unit_key, t.id AS translation_id, t.status,
          t.origin
      FROM segments s
          JOIN text_units u ON u.id = s.unit_id
          LEFT JOIN translations t ON t.segment_id = s.id AND t.target_lang = :target
      WHERE s.id IN (<ids>)
      ORDER BY s.position_no
      """;

  private static final String ADD =
      """
      INSERT INTO translations (segment_id, target_lang, target_coded, target_codes,
          target_plain, status, origin, score, changed_at)
      VALUES (:segment, :target, :coded, :codes, :plain, :status, :origin, NULL, :now)
      """;

  private static final String REPLACE =
      """
      UPDATE translations SET target_coded = :coded, target_codes = :codes,
          target_plain = :plain, status = :status, origin = :origin, score = NULL,
          changed_at = :now
      WHERE id = :id
      """;

  private static final Set<String> MACHINE_ORIGINS =
      Set.of(Origin.TM_EXACT.label(), Origin.TM_FUZZY.label(), Origin.REPETITION.label());

  private final Handle handle;
  private final Instant now;
  private final long versionId;
  private final int versionSegments;
  private final String target;
  private final boolean gettext;
  private final IdSet batchSegments = new IdSet();
  private final Map<Source, Content> translated = new LinkedHashMap<>();
  private int copied;

  /**
   * A writer for one batch into {@code target} of a version with {@code versionSegments} segments;
   * {@code gettext} when the version is a Gettext catalogue, whose plural forms repeat only the
   * same form.
   */
  RepetitionWriter(
      Handle handle,
      Instant now,
      long versionId,
      int versionSegments,
      String target,
      boolean gettext) {
    this.handle = handle;
    this.now = now;
    this.versionId = versionId;
    this.versionSegments = versionSegments;
    this.target = target;
    this.gettext = gettext;
  }

  /**
   * Notes a segment of the batch: it is never a repetition to fill. False when it was noted before.
   */
  boolean inBatch(long segmentId) {
    return batchSegments.add(segmentId);
  }

  /**
   * Notes a confirmed translation of a segment, a plural form ({@link PluralForms#formOf}) or
   * {@link PluralForms#NOT_A_FORM}; the first one of a source in the batch is the one copied.
   */
  void confirmed(String normKey, String sourceCodes, int pluralForm, Content translation) {
    if (!normKey.isEmpty()) {
      translated.putIfAbsent(new Source(normKey, sourceCodes, pluralForm), translation);
    }
  }

  /** Copies the noted translations to their repetitions; returns how many segments got one. */
  int finish() {
    if (translated.isEmpty() || batchSegments.size() >= versionSegments) {
      // Every segment of the version is in the batch (an XLIFF file of the whole document with
      // every unit translated): no occurrence is left to fill, and none need be looked up.
      return 0;
    }
    List<String> keys = translated.keySet().stream().map(Source::key).distinct().toList();
    List<Long> others = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += TranslationWriter.CHUNK) {
      handle
          .createQuery(WITH_KEYS)
          .bindArray(
              "keys",
              String.class,
              keys.subList(from, Math.min(keys.size(), from + TranslationWriter.CHUNK)))
          .bind("version", versionId)
          .mapTo(Long.class)
          .forEach(
              id -> {
                if (!batchSegments.contains(id)) {
                  others.add(id);
                }
              });
    }
    for (int from = 0; from < others.size(); from += TranslationWriter.CHUNK) {
      copy(others.subList(from, Math.min(others.size(), from + TranslationWriter.CHUNK)));
    }
    return copied;
  }

  /** Fills those of the given segments (none of them in the batch) that may get a copy. */
  private void copy(List<Long> segmentIds) {
    List<Occurrence> fill = new ArrayList<>();
    handle
        .createQuery(OCCURRENCES)
        .bind("target", target)
        .bindList("ids", segmentIds)
        .map(
            (rs, ctx) ->
                new Occurrence(
                    rs.getLong("id"),
                    new Source(
                        rs.getString("norm_key"),
                        rs.getString("source_codes"),
                        PluralForms.formOf(gettext, rs.getString("unit_key"))),
                    rs.getObject("translation_id", Long.class),
                    rs.getString("status"),
                    rs.getString("origin")))
        .forEach(
            o -> {
              if (translated.containsKey(o.source()) && o.replaceable()) {
                fill.add(o);
              }
            });
    try (PreparedBatch history = handle.prepareBatch(TranslationWriter.KEEP_HISTORY);
        PreparedBatch replace = handle.prepareBatch(REPLACE);
        PreparedBatch add = handle.prepareBatch(ADD)) {
      for (Occurrence o : fill) {
        Content text = translated.get(o.source());
        if (o.translationId() == null) {
          bind(add.bind("segment", o.segmentId()).bind("target", target), text).add();
        } else {
          history.bind("id", o.translationId()).bind("now", Columns.timestamp(now)).add();
          bind(replace.bind("id", o.translationId()), text).add();
        }
      }
      for (PreparedBatch statements : List.of(history, replace, add)) {
        if (statements.size() > 0) {
          statements.execute();
        }
      }
    }
    copied += fill.size();
  }

  private PreparedBatch bind(PreparedBatch statement, Content text) {
    return statement
        .bind("coded", text.coded())
        .bind("codes", InlineCodesFormat.format(text.codes()))
        .bind("plain", text.plainText())
        .bind("status", Status.DRAFT.label())
        .bind("origin", Origin.REPETITION.label())
        .bind("now", Columns.timestamp(now));
  }

  /**
   * What makes two segments repetitions of each other: normalised key, exact inline codes, and the
   * same plural form (a Gettext entry's forms share a source but not a translation).
   */
  private record Source(String key, String codes, int pluralForm) {}

  private record Occurrence(
      long segmentId, Source source, Long translationId, String status, String origin) {

    boolean replaceable() {
      if (translationId == null || Status.fromLabel(status) == Status.NEW) {
        return true;
      }
      return Status.fromLabel(status).compareTo(Status.TRANSLATED) < 0
          && MACHINE_ORIGINS.contains(origin);
    }
  }
}
