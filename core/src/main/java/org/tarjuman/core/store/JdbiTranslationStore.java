package org.tarjuman.core.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;

/**
 * The translation store on a relational database through JDBI, every value a bound parameter. A
 * batch is one transaction ({@link TranslationWriter}, {@link TmUnitWriter}); database failures
 * become {@link StorageException}s here, once; one that waited in vain for another console's
 * write says so ({@link LockTimeout}). Obtained from {@link Workspace#translations()}.
 */
public final class JdbiTranslationStore implements TranslationStore {

  private static final String HISTORY =
      """
      SELECT t.target_lang, h.target_coded, h.target_codes, h.status, h.origin, h.score,
          h.changed_at, h.replaced_at
      FROM translation_history h JOIN translations t ON t.id = h.translation_id
      WHERE t.segment_id = :segment AND t.target_lang = :target
      ORDER BY h.replaced_at, h.id
      """;

  /** How often a batch is tried when other writers get in its way; see {@link #isConflict}. */
  private static final int ATTEMPTS = 3;

  private final Jdbi jdbi;

  JdbiTranslationStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public AppliedTranslations apply(TranslationBatch batch) {
    return apply(batch.scope(), sink -> sink.write(batch.updates()));
  }

  @Override
  public AppliedTranslations apply(BatchScope scope, Consumer<TranslationSink> producer) {
    for (int attempt = 1; ; attempt++) {
      try {
        return applyOnce(scope, producer);
      } catch (StorageException e) {
        if (attempt == ATTEMPTS || !isConflict(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Whether a failure was another writer's doing and the batch may simply be run again: a unique
   * key violation (both added the first translation of a segment), a deadlock or a serialisation
   * failure. SQLSTATE 23505, 40001 and 40P01 on both H2 and PostgreSQL.
   */
  private static boolean isConflict(StorageException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().equals("23505") || sql.getSQLState().startsWith("40"))) {
        return true;
      }
    }
    return false;
  }

  private AppliedTranslations applyOnce(BatchScope scope, Consumer<TranslationSink> producer) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try {
      return jdbi.inTransaction(
          handle -> {
            TranslationWriter writer = new TranslationWriter(handle, now, scope);
            producer.accept(writer);
            return writer.finish();
          });
    } catch (StorageException e) {
      // A TM unit's insert waits on another writer's uncommitted one inside the producer.
      throw LockTimeout.isCause(e) ? LockTimeout.documentWithId(jdbi, scope.documentId(), e) : e;
    } catch (JdbiException e) {
      if (LockTimeout.isCause(e)) {
        throw LockTimeout.documentWithId(jdbi, scope.documentId(), e);
      }
      throw new StorageException(
          "could not store the translations of document "
              + scope.documentId()
              + " into "
              + scope.target().toLanguageTag()
              + "; nothing was stored: "
              + JdbiDocumentStore.causeMessage(e),
          e);
    }
  }

  @Override
  public List<EarlierTranslation> history(long segmentId, Locale target) {
    try {
      return jdbi.withHandle(
          handle ->
              handle
                  .createQuery(HISTORY)
                  .bind("segment", segmentId)
                  .bind("target", target.toLanguageTag())
                  .map(
                      (rs, ctx) ->
                          new EarlierTranslation(
                              new TranslationView(
                                  Locale.forLanguageTag(rs.getString("target_lang")),
                                  Columns.content(rs, "target_coded", "target_codes"),
                                  Status.fromLabel(rs.getString("status")),
                                  Origin.fromLabel(rs.getString("origin")),
                                  rs.getObject("score", Integer.class),
                                  Columns.instant(rs, "changed_at")),
                              Columns.instant(rs, "replaced_at")))
                  .list());
    } catch (JdbiException e) {
      throw new StorageException(
          "cannot read the history of segment "
              + segmentId
              + " in "
              + target.toLanguageTag()
              + ": "
              + JdbiDocumentStore.causeMessage(e),
          e);
    }
  }
}
