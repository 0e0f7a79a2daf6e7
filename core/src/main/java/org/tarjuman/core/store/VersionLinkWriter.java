package org.tarjuman.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.LinkKind;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.VersionChanges;
import org.tarjuman.core.versions.SegmentLink;
import org.tarjuman.core.versions.VersionMatcher;
import org.tarjuman.core.versions.VersionSegment;

/**
 * Links a freshly written version's segments to the previous version's ({@link VersionMatcher}, by
 * resource key first in files of software strings) and
 * carries translations over, inside the transaction that wrote the version (so an import is stored
 * whole or not at all, and before any TM leverage, which never replaces a translation).
 *
 * <p>Into each target language of the new version that the old segment has a translation in:
 *
 * <ul>
 *   <li>unchanged and moved: the translation as it was, same status and score, origin {@code
 *       carried-over};
 *   <li>edited: the old translation as a suggestion: status {@code needs-review}, origin {@code
 *       carried-over}, score the fuzzy score of the new source against the old;
 *   <li>split: the old translation as a {@code needs-review} suggestion on the first part only (it
 *       translates all the parts together); merged: the old translations joined by a space, as a
 *       {@code needs-review} suggestion.
 * </ul>
 *
 * The old version, its segments and their translations are not touched.
 */
final class VersionLinkWriter {

  private static final String SEGMENTS =
      """
      SELECT s.id, s.norm_key, s.source_codes, s.index_in_unit, u.unit_key, v.format
      FROM segments s JOIN text_units u ON u.id = s.unit_id
      JOIN document_versions v ON v.id = s.version_id
      WHERE s.version_id = :v ORDER BY s.position_no
      """;

  private static final String OLD_TRANSLATIONS =
      """
      SELECT t.segment_id, t.target_lang, t.target_coded, t.target_codes, t.status, t.score
      FROM translations t JOIN segments s ON s.id = t.segment_id
      WHERE s.version_id = :v ORDER BY t.segment_id, t.target_lang
      """;

  private static final String INSERT_LINK =
      """
      INSERT INTO segment_links (version_id, segment_id, old_segment_id, seq, kind, score)
      VALUES (:version, :segment, :old, :seq, :kind, :score)
      """;

  private static final String INSERT_TRANSLATION =
      """
      INSERT INTO translations (segment_id, target_lang, target_coded, target_codes, target_plain,
          status, origin, score, changed_at)
      VALUES (:segment, :target, :coded, :codes, :plain, :status, :origin, :score, :at)
      """;

  private final Handle handle;
  private final Instant now;

  VersionLinkWriter(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  /** The changes against the previous version; empty for a first version. */
  Optional<VersionChanges> link(StoredVersion stored, List<Locale> targets) {
    if (stored.version() < 2) {
      return Optional.empty();
    }
    long previous =
        handle
            .createQuery(
                "SELECT id FROM document_versions WHERE document_id = :d AND version_no = :n")
            .bind("d", stored.documentId())
            .bind("n", stored.version() - 1)
            .mapTo(Long.class)
            .one();
    List<SegmentLink> links = VersionMatcher.match(segments(previous), segments(stored.versionId()));
    writeLinks(stored.versionId(), links);
    Map<LinkKind, Integer> counts = new EnumMap<>(LinkKind.class);
    links.forEach(l -> counts.merge(l.kind(), 1, Integer::sum));
    int[] carried = carry(links, oldTranslations(previous, targets));
    List<Long> deleted =
        links.stream()
            .filter(l -> l.kind() == LinkKind.DELETED)
            .map(l -> l.oldIds().get(0))
            .toList();
    return Optional.of(
        new VersionChanges(stored.version() - 1, counts, carried[0], carried[1], deleted));
  }

  private List<VersionSegment> segments(long versionId) {
    return handle
        .createQuery(SEGMENTS)
        .bind("v", versionId)
        .map(
            (rs, ctx) ->
                new VersionSegment(
                    rs.getLong("id"),
                    rs.getString("norm_key"),
                    InlineCodesFormat.parse(rs.getString("source_codes")),
                    resourceKey(
                        rs.getString("format"),
                        rs.getString("unit_key"),
                        rs.getInt("index_in_unit"))))
        .list();
  }

  /** The string's key in a file of software strings (unique keys); empty in other formats. */
  private static Optional<String> resourceKey(String format, String unitKey, int indexInUnit) {
    if (!Format.forName(format).map(Format::hasUniqueKeys).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(indexInUnit == 0 ? unitKey : unitKey + "#" + indexInUnit);
  }

  private void writeLinks(long versionId, List<SegmentLink> links) {
    try (PreparedBatch batch = handle.prepareBatch(INSERT_LINK)) {
      for (SegmentLink link : links) {
        Integer score = link.kind().compareTo(LinkKind.EDITED) <= 0 ? link.score() : null;
        Long segment = link.newId().isPresent() ? link.newId().getAsLong() : null;
        List<Long> olds = link.oldIds().isEmpty() ? Collections.singletonList(null) : link.oldIds();
        for (int seq = 0; seq < olds.size(); seq++) {
          batch
              .bind("version", versionId)
              .bind("segment", segment)
              .bind("old", olds.get(seq))
              .bind("seq", seq)
              .bind("kind", link.kind().label())
              .bind("score", score)
              .add();
        }
      }
      if (batch.size() > 0) {
        batch.execute();
      }
    }
  }

  /** Writes the carried translations; returns {carried as they were, suggestions}. */
  private int[] carry(List<SegmentLink> links, Map<Long, Map<String, OldTranslation>> old) {
    int[] counts = new int[2];
    Set<Long> splitDone = new HashSet<>();
    try (PreparedBatch batch = handle.prepareBatch(INSERT_TRANSLATION)) {
      for (SegmentLink link : links) {
        if (link.newId().isEmpty() || link.oldIds().isEmpty()) {
          continue;
        }
        long segment = link.newId().getAsLong();
        switch (link.kind()) {
          case UNCHANGED, MOVED -> {
            for (var entry : old.getOrDefault(link.oldIds().get(0), Map.of()).entrySet()) {
              OldTranslation t = entry.getValue();
              add(batch, segment, entry.getKey(), t.text(), t.status(), t.score());
              counts[0]++;
            }
          }
          case EDITED -> counts[1] += suggest(batch, segment, link.oldIds(), old, link.score());
          case SPLIT -> {
            if (splitDone.add(link.oldIds().get(0))) {
              counts[1] += suggest(batch, segment, link.oldIds(), old, null);
            }
          }
          case MERGED -> counts[1] += suggest(batch, segment, link.oldIds(), old, null);
          default -> throw new IllegalStateException("no old segment to carry from: " + link);
        }
      }
      if (batch.size() > 0) {
        batch.execute();
      }
    }
    return counts;
  }

  /** The old segments' translations, joined per language, as needs-review suggestions. */
  private int suggest(
      PreparedBatch batch,
      long segment,
      List<Long> oldIds,
      Map<Long, Map<String, OldTranslation>> old,
      Integer score) {
    Map<String, List<Content>> byLanguage = new LinkedHashMap<>();
    for (long oldId : oldIds) {
      old.getOrDefault(oldId, Map.of())
          .forEach((lang, t) -> byLanguage.computeIfAbsent(lang, l -> new ArrayList<>()).add(t.text()));
    }
    byLanguage.forEach((lang, texts) -> add(batch, segment, lang, Content.joined(texts), Status.NEEDS_REVIEW, score));
    return byLanguage.size();
  }

  private void add(
      PreparedBatch batch, long segment, String target, Content text, Status status, Integer score) {
    batch
        .bind("segment", segment)
        .bind("target", target)
        .bind("coded", text.coded())
        .bind("codes", InlineCodesFormat.format(text.codes()))
        .bind("plain", text.plainText())
        .bind("status", status.label())
        .bind("origin", Origin.CARRIED_OVER.label())
        .bind("score", score)
        .bind("at", Columns.timestamp(now))
        .add();
  }

  /** The old version's translations into the new version's targets, by segment and language. */
  private Map<Long, Map<String, OldTranslation>> oldTranslations(long versionId, List<Locale> targets) {
    Set<String> wanted = new HashSet<>();
    targets.forEach(t -> wanted.add(t.toLanguageTag()));
    Map<Long, Map<String, OldTranslation>> out = new LinkedHashMap<>();
    handle
        .createQuery(OLD_TRANSLATIONS)
        .bind("v", versionId)
        .map(
            (rs, ctx) ->
                new OldTranslation(
                    rs.getLong("segment_id"),
                    rs.getString("target_lang"),
                    Columns.content(rs, "target_coded", "target_codes"),
                    Status.fromLabel(rs.getString("status")),
                    rs.getObject("score", Integer.class)))
        .forEach(
            t -> {
              if (wanted.contains(t.target())) {
                out.computeIfAbsent(t.segmentId(), id -> new LinkedHashMap<>()).put(t.target(), t);
              }
            });
    return out;
  }

  private record OldTranslation(
      long segmentId, String target, Content text, Status status, Integer score) {}
}
