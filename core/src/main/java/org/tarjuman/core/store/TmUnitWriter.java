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
 *
 * <p>A writer that refreshes dates (storing a batch of translations, which the caller holds in
 * memory anyway) also remembers the identities it added, with their change dates: a document repeats
 * its sentences, and a unit this write added needs no query to be found again. Only the keys of the
 * other units are looked up, and reading back rows this transaction wrote (which H2 may have
 * already moved out of its page cache) is avoided.
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
  private final Set<Identity> written = new HashSet<>();
  private final Map<Identity, Instant> addedEarlier = new HashMap<>();
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
      List<Keyed> unknown = pending.stream().filter(k -> !addedEarlier(k)).toList();
      Map<Identity, Existing> existing = unknown.isEmpty() ? Map.of() : existing(unknown);
      Set<Long> refreshed = new HashSet<>();
      try (PreparedBatch batch = handle.prepareBatch(INSERT);
          PreparedBatch refresh = handle.prepareBatch(REFRESH)) {
        for (Keyed keyed : pending) {
          if (addedEarlier(keyed)) {
            duplicates++;
            continue;
          }
          Identity identity = keyed.identity();
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
            if (refreshExisting) {
              addedEarlier.put(identity, keyed.unit().changed());
            }
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
   * Whether an earlier group of this write added the unit with a change date no earlier than its
   * own: a duplicate that needs neither a query nor a new date.
   */
  private boolean addedEarlier(Keyed keyed) {
    Instant earlier = addedEarlier.isEmpty() ? null : addedEarlier.get(keyed.identity());
    return earlier != null && !earlier.isBefore(keyed.unit().changed());
  }

  /**
   * The identities of the given units that the TM already holds: one query by key alone (V2's index
   * on {@code source_key}; an IN list cannot use the third column of V1's (pair, key) index), the
   * pair compared here.
   */
  private Map<Identity, Existing> existing(List<Keyed> units) {
    Map<Identity, Existing> out = new HashMap<>();
    handle
        .createQuery(EXISTING)
        .bindList("keys", units.stream().map(Keyed::key).distinct().toList())
        .map(
            (rs, ctx) ->
                Map.entry(
                    new Identity(
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

  /** What makes two units the same: language pair, normalised source key and coded target. */
  private record Identity(String sourceLang, String targetLang, String key, String target) {}

  private static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** A unit with its normalised source key. */
  private record Keyed(TmUnit unit, String key) {
    Identity identity() {
      return new Identity(
          unit.sourceLanguage().toLanguageTag(),
          unit.targetLanguage().toLanguageTag(),
          key,
          unit.target().coded());
    }
  }
}
