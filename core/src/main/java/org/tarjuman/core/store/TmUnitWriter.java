package org.tarjuman.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.text.ArabicNormaliser;

/**
 * Writes TM units inside a transaction the caller holds, {@value #FLUSH_ROWS} at a time: for each
 * group, one query finds which of its (pair, normalised source) keys the TM already holds with the
 * same coded target, and the rest go in one prepared batch. A unit already in the TM, or earlier in
 * the same write, is counted as a duplicate and not written (and, if asked, the one in the TM gets
 * the new unit's change date, when that is later).
 */
final class TmUnitWriter {

  static final int FLUSH_ROWS = 500;

  private static final String INSERT =
      """
      INSERT INTO tm_units (source_lang, target_lang, source_coded, source_codes, source_plain,
          target_coded, target_codes, target_plain, source_key, prev_source, next_source, origin,
          created_at, changed_at, use_count)
      VALUES (:sourceLang, :targetLang, :sourceCoded, :sourceCodes, :sourcePlain, :targetCoded,
          :targetCodes, :targetPlain, :key, :previous, :next, :origin, :created, :changed, 0)
      """;

  private static final String EXISTING =
      """
      SELECT id, source_lang, target_lang, source_key, target_coded, changed_at FROM tm_units
      WHERE source_key IN (<keys>)
      """;

  private static final String REFRESH = "UPDATE tm_units SET changed_at = :changed WHERE id = :id";

  private final Handle handle;
  private final boolean refreshExisting;
  private final Set<String> written = new HashSet<>();
  private final List<Keyed> pending = new ArrayList<>(FLUSH_ROWS);
  private long added;
  private long duplicates;

  /** A writer that leaves units already in the TM as they are (TMX import). */
  TmUnitWriter(Handle handle) {
    this(handle, /* refreshExisting= */ false);
  }

  /**
   * A writer that, with {@code refreshExisting}, sets the change date of a unit already in the TM
   * to the new unit's, so a translation confirmed again is dated by its latest confirmation.
   */
  TmUnitWriter(Handle handle, boolean refreshExisting) {
    this.handle = handle;
    this.refreshExisting = refreshExisting;
  }

  void add(TmUnit unit) {
    add(unit, ArabicNormaliser.normalise(unit.source()));
  }

  /**
   * Adds a unit whose normalised source key is known: a stored segment's {@code norm_key}, made by
   * the same {@link ArabicNormaliser#normalise(org.tarjuman.core.model.Content)}.
   */
  void add(TmUnit unit, String sourceKey) {
    pending.add(new Keyed(unit, sourceKey));
    if (pending.size() >= FLUSH_ROWS) {
      flush();
    }
  }

  TmWriteReport finish() {
    flush();
    return new TmWriteReport(added, duplicates);
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      Map<String, Existing> existing = existing();
      Set<Long> refreshed = new HashSet<>();
      try (PreparedBatch batch = handle.prepareBatch(INSERT);
          PreparedBatch refresh = handle.prepareBatch(REFRESH)) {
        for (Keyed keyed : pending) {
          String identity = keyed.identity();
          Existing found = existing.get(identity);
          if (found != null || !written.add(identity)) {
            duplicates++;
            Instant changed = keyed.unit().changed();
            // Only a later date is written, once per unit: a unit this write added or already
            // refreshed has it (a document repeats its sentences) and needs no UPDATE.
            if (found != null
                && refreshExisting
                && found.changed().isBefore(changed)
                && refreshed.add(found.id())) {
              refresh.bind("id", found.id()).bind("changed", Columns.timestamp(changed)).add();
            }
          } else {
            bind(batch, keyed).add();
            added++;
          }
        }
        for (PreparedBatch statements : List.of(batch, refresh)) {
          if (statements.size() > 0) {
            statements.execute();
          }
        }
      }
    } catch (JdbiException e) {
      // Wrapped here, inside the producer, so that no reader mistakes it for its own failure.
      throw new StorageException(
          "could not store TM units (the group starting with '"
              + abbreviated(pending.get(0).unit().source().plainText())
              + "'): "
              + JdbiDocumentStore.causeMessage(e),
          e);
    } finally {
      pending.clear();
    }
    // Only this write's own identities are needed: later groups see earlier ones in the table.
    written.clear();
  }

  /**
   * The identities of the pending units the TM already holds: one query by key alone (V2's index on
   * {@code source_key}; an IN list cannot use the third column of V1's (pair, key) index), the
   * pair compared here.
   */
  private Map<String, Existing> existing() {
    Map<String, Existing> out = new HashMap<>();
    handle
        .createQuery(EXISTING)
        .bindList("keys", pending.stream().map(Keyed::key).distinct().toList())
        .map(
            (rs, ctx) ->
                Map.entry(
                    identity(
                        rs.getString("source_lang"),
                        rs.getString("target_lang"),
                        rs.getString("source_key"),
                        rs.getString("target_coded")),
                    new Existing(rs.getLong("id"), Columns.instant(rs, "changed_at"))))
        .forEach(e -> out.putIfAbsent(e.getKey(), e.getValue()));
    return out;
  }

  /** A unit the TM holds: its id and change date. */
  private record Existing(long id, Instant changed) {}

  private static PreparedBatch bind(PreparedBatch batch, Keyed keyed) {
    TmUnit unit = keyed.unit();
    return batch
        .bind("sourceLang", unit.sourceLanguage().toLanguageTag())
        .bind("targetLang", unit.targetLanguage().toLanguageTag())
        .bind("sourceCoded", unit.source().coded())
        .bind("sourceCodes", InlineCodesFormat.format(unit.source().codes()))
        .bind("sourcePlain", unit.source().plainText())
        .bind("targetCoded", unit.target().coded())
        .bind("targetCodes", InlineCodesFormat.format(unit.target().codes()))
        .bind("targetPlain", unit.target().plainText())
        .bind("key", keyed.key())
        .bind("previous", unit.previous().orElse(null))
        .bind("next", unit.next().orElse(null))
        .bind("origin", unit.origin().label())
        .bind("created", Columns.timestamp(unit.created()))
        .bind("changed", Columns.timestamp(unit.changed()));
  }

  private static String identity(String sourceLang, String targetLang, String key, String target) {
    return String.join("\u0000", sourceLang, targetLang, key, target);
  }

  private static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** A unit with its normalised source key. */
  private record Keyed(TmUnit unit, String key) {
    String identity() {
      return TmUnitWriter.identity(
          unit.sourceLanguage().toLanguageTag(),
          unit.targetLanguage().toLanguageTag(),
          key,
          unit.target().coded());
    }
  }
}
