package org.tarjuman.core.store;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tarjuman.core.model.EarlierTranslation;

/**
 * Translations of segments, their history, and the translation memory they feed.
 *
 * <p>A translation is stored per segment and target language. Replacing it keeps the earlier text,
 * status and origin in its history; confirmed translations (translated, reviewed, final) become
 * translation memory units for the document's language pair.
 *
 * <p>Writers at once (two users, each with their own workspace connection, on one database): the
 * later write wins and the earlier one is kept in the history, never lost; a batch that collides
 * with another writer is run again, up to three times.
 */
public interface TranslationStore {

  /**
   * Stores a batch of translations in one transaction: after any failure nothing of it is stored.
   *
   * <p>Per update: a segment without a translation in the language gets one; a translation whose
   * text, status or origin differs is copied to the history, then replaced; an equal one is not
   * written. Every added or changed translation that is confirmed goes to the translation memory: a
   * unit with the same language pair, normalised source key and target text gets its change date
   * refreshed, otherwise a new unit is added with the neighbouring source segments as context.
   *
   * <p>Repetitions: a confirmed translation is also copied, as a draft with origin {@code
   * repetition}, to the other segments of the version with the same normalised source and inline
   * codes that have no translation or only an unconfirmed machine one ({@link RepetitionWriter}).
   *
   * @throws org.tarjuman.core.InvalidInputException when the document version does not exist or an
   *     update names a segment that is not in it
   * @throws org.tarjuman.core.StorageException when the database fails
   */
  AppliedTranslations apply(TranslationBatch batch);

  /**
   * Stores, in one transaction, the translations a producer writes into the {@link
   * TranslationSink} it is given, chunk by chunk, as {@link #apply(TranslationBatch)} stores a
   * batch. If the producer throws, nothing is stored and the exception propagates. The producer
   * may be run again (from the start, with a new sink) when another writer got in the way.
   *
   * @throws org.tarjuman.core.InvalidInputException when the document version does not exist, is
   *     not translated into the scope's language, or an update names a segment that is not in it
   * @throws org.tarjuman.core.StorageException when the database fails
   */
  AppliedTranslations apply(BatchScope scope, Consumer<TranslationSink> producer);

  /**
   * The earlier states of a segment's translation into a language, oldest first; empty when it was
   * never replaced (or does not exist).
   */
  List<EarlierTranslation> history(long segmentId, Locale target);
}
