package org.tarjuman.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.text.ArabicNormaliser;

/**
 * Adds confirmed translations to the translation memory inside the caller's transaction.
 *
 * <p>A TM unit is identified by its language pair, its source key ({@link
 * ArabicNormaliser#normalise(Content)} of the source) and its exact target (coded text and codes).
 * A translation with the same identity as an existing unit refreshes that unit's change date and
 * keeps its context and origin; a different target for the same source is a new unit, so the memory
 * keeps every translation a source has had, each with the date it was last confirmed. A new unit's
 * context is the plain text of the source segments before and after it in its document version
 * (null at either end); its use count starts at 0 and counts look-ups that use it, not writes.
 */
final class TmWriter {

  // Only the key in the condition: H2 uses an index for an IN list only on the index's first
  // column (see migration V2), so the language pair is checked on the rows found.
  private static final String EXISTING =
      """
      SELECT id, source_lang, target_lang, source_key, target_coded, target_codes, changed_at
      FROM tm_units WHERE source_key IN (<keys>)
      ORDER BY id
      """;

  private static final String INSERT =
      """
      INSERT INTO tm_units (source_lang, target_lang, source_coded, source_codes, source_plain,
          target_coded, target_codes, target_plain, source_key, prev_source, next_source, origin,
          created_at, changed_at, use_count)
      VALUES (:source, :target, :sourceCoded, :sourceCodes, :sourcePlain, :targetCoded,
          :targetCodes, :targetPlain, :key, :prev, :next, :origin, :now, :now, 0)
      """;

  private static final String REFRESH = "UPDATE tm_units SET changed_at = :now WHERE id = :id";

  /**
   * A confirmed translation with its source and context.
   *
   * @param source the segment's source
   * @param target the translation
   * @param prev the plain text of the segment before, or null
   * @param next the plain text of the segment after, or null
   */
  record Entry(Content source, Content target, String prev, String next) {}

  private record Identity(String key, String targetCoded, String targetCodes) {}

  private final Handle handle;
  private final Instant now;
  private final String source;
  private final String target;
  private final String origin;
  private final Set<Long> refreshedNow = new HashSet<>();
  private int added;
  private int refreshed;

  TmWriter(Handle handle, Instant now, Locale source, Locale target, String origin) {
    this.handle = handle;
    this.now = now;
    this.source = source.toLanguageTag();
    this.target = target.toLanguageTag();
    this.origin = origin;
  }

  /** Writes a chunk of entries: one query and two statement batches, whatever their number. */
  void write(List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    List<Identity> identities = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      identities.add(
          new Identity(
              ArabicNormaliser.normalise(entry.source()),
              entry.target().coded(),
              InlineCodesFormat.format(entry.target().codes())));
    }
    Map<Identity, Existing> existing = existing(identities);
    Set<Identity> addedNow = new HashSet<>();
    PreparedBatch insert = handle.prepareBatch(INSERT);
    PreparedBatch refresh = handle.prepareBatch(REFRESH);
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      Identity identity = identities.get(i);
      Existing unit = existing.get(identity);
      if (unit != null) {
        // A unit added or refreshed earlier in this batch already has this date.
        if (!unit.changedAt().equals(now) && refreshedNow.add(unit.id())) {
          refresh.bind("id", unit.id()).bind("now", Columns.timestamp(now)).add();
        }
        refreshed++;
      } else if (!addedNow.add(identity)) {
        // The same source and target twice in one chunk: the unit was just added with this date.
        refreshed++;
      } else {
        bindInsert(insert, entry, identity).add();
        added++;
      }
    }
    try (insert;
        refresh) {
      if (insert.size() > 0) {
        insert.execute();
      }
      if (refresh.size() > 0) {
        refresh.execute();
      }
    }
  }

  int added() {
    return added;
  }

  int refreshed() {
    return refreshed;
  }

  private PreparedBatch bindInsert(PreparedBatch insert, Entry entry, Identity identity) {
    return insert
        .bind("source", source)
        .bind("target", target)
        .bind("sourceCoded", entry.source().coded())
        .bind("sourceCodes", InlineCodesFormat.format(entry.source().codes()))
        .bind("sourcePlain", entry.source().plainText())
        .bind("targetCoded", identity.targetCoded())
        .bind("targetCodes", identity.targetCodes())
        .bind("targetPlain", entry.target().plainText())
        .bind("key", identity.key())
        .bind("prev", entry.prev())
        .bind("next", entry.next())
        .bind("origin", origin)
        .bind("now", Columns.timestamp(now));
  }

  /** The oldest existing unit of each identity among those given, in this language pair. */
  private Map<Identity, Existing> existing(List<Identity> identities) {
    Map<Identity, Existing> found = new HashMap<>();
    List<String> keys = identities.stream().map(Identity::key).distinct().toList();
    handle
        .createQuery(EXISTING)
        .bindList("keys", keys)
        .map(
            (rs, ctx) ->
                new IdentityRow(
                    rs.getString("source_lang"),
                    rs.getString("target_lang"),
                    new Identity(
                        rs.getString("source_key"),
                        rs.getString("target_coded"),
                        rs.getString("target_codes")),
                    new Existing(rs.getLong("id"), Columns.instant(rs, "changed_at"))))
        .forEach(
            row -> {
              if (row.sourceLang().equals(source) && row.targetLang().equals(target)) {
                found.putIfAbsent(row.identity(), row.unit());
              }
            });
    return found;
  }

  private record Existing(long id, Instant changedAt) {}

  private record IdentityRow(
      String sourceLang, String targetLang, Identity identity, Existing unit) {}
}
