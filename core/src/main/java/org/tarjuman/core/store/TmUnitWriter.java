package org.tarjuman.core.store;

import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.text.ArabicNormaliser;

/**
 * Writes TM units inside a transaction the caller holds, in prepared batches flushed every {@value
 * #FLUSH_ROWS} rows. A unit already in the TM (same pair, normalised source and coded target), or
 * earlier in the same write, is counted as a duplicate and not written.
 */
final class TmUnitWriter {

  static final int FLUSH_ROWS = 1000;

  private static final String INSERT =
      """
      INSERT INTO tm_units (source_lang, target_lang, source_coded, source_codes, source_plain,
          target_coded, target_codes, target_plain, source_key, prev_source, next_source, origin,
          created_at, changed_at, use_count)
      VALUES (:sourceLang, :targetLang, :sourceCoded, :sourceCodes, :sourcePlain, :targetCoded,
          :targetCodes, :targetPlain, :key, :previous, :next, :origin, :created, :changed, 0)
      """;

  private static final String EXISTS =
      """
      SELECT COUNT(*) FROM tm_units WHERE source_lang = :sourceLang AND target_lang = :targetLang
          AND source_key = :key AND target_coded = :targetCoded
      """;

  private final Handle handle;
  private final Set<String> pending = new HashSet<>();
  private PreparedBatch batch;
  private long added;
  private long duplicates;

  TmUnitWriter(Handle handle) {
    this.handle = handle;
    this.batch = handle.prepareBatch(INSERT);
  }

  void add(TmUnit unit) {
    String key = ArabicNormaliser.normalise(unit.source());
    String sourceLang = unit.sourceLanguage().toLanguageTag();
    String targetLang = unit.targetLanguage().toLanguageTag();
    String identity = String.join("\u0000", sourceLang, targetLang, key, unit.target().coded());
    try {
      if (!pending.add(identity) || exists(sourceLang, targetLang, key, unit)) {
        duplicates++;
        return;
      }
      batch
          .bind("sourceLang", sourceLang)
          .bind("targetLang", targetLang)
          .bind("sourceCoded", unit.source().coded())
          .bind("sourceCodes", InlineCodesFormat.format(unit.source().codes()))
          .bind("sourcePlain", unit.source().plainText())
          .bind("targetCoded", unit.target().coded())
          .bind("targetCodes", InlineCodesFormat.format(unit.target().codes()))
          .bind("targetPlain", unit.target().plainText())
          .bind("key", key)
          .bind("previous", unit.previous().orElse(null))
          .bind("next", unit.next().orElse(null))
          .bind("origin", unit.origin().label())
          .bind("created", Columns.timestamp(unit.created()))
          .bind("changed", Columns.timestamp(unit.changed()))
          .add();
      added++;
      if (batch.size() >= FLUSH_ROWS) {
        flush();
      }
    } catch (JdbiException e) {
      // Wrapped here, inside the producer, so that no reader mistakes it for its own failure.
      throw new StorageException(
          "could not store TM unit '" + abbreviated(unit.source().plainText()) + "': "
              + JdbiDocumentStore.causeMessage(e),
          e);
    }
  }

  TmWriteReport finish() {
    flush();
    return new TmWriteReport(added, duplicates);
  }

  private boolean exists(String sourceLang, String targetLang, String key, TmUnit unit) {
    return handle
            .createQuery(EXISTS)
            .bind("sourceLang", sourceLang)
            .bind("targetLang", targetLang)
            .bind("key", key)
            .bind("targetCoded", unit.target().coded())
            .mapTo(Long.class)
            .one()
        > 0;
  }

  private void flush() {
    if (batch.size() > 0) {
      batch.execute();
    }
    batch.close();
    batch = handle.prepareBatch(INSERT);
    pending.clear();
  }

  private static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
