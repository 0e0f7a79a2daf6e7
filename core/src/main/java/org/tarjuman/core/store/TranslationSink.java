package org.tarjuman.core.store;

import java.util.List;
import java.util.Map;
import org.tarjuman.core.model.SegmentView;

/**
 * A batch of translations that its producer decides and writes chunk by chunk, inside the one
 * transaction {@link TranslationStore#apply(BatchScope, java.util.function.Consumer)} holds: a
 * large batch (an XLIFF file of a whole document) is never held in memory at once.
 */
public interface TranslationSink {

  /**
   * The segments of the batch's document version among {@code segmentIds}, by id, each with its
   * translation into the batch's target language only (if it has one), as the transaction sees
   * them; ids of segments outside the version are left out.
   */
  Map<Long, SegmentView> segments(List<Long> segmentIds);

  /**
   * Whether the batch's version is its document's latest as the transaction sees it, so that a
   * producer that checked that before the transaction began can check it again inside it.
   */
  boolean isLatestVersion();

  /**
   * Locks the batch's document until the transaction ends and tells whether the batch's version is
   * still its latest. A producer calls it after its last write: a re-import of the document locks
   * the same row before it numbers its version and carries translations over, so either it
   * committed first (and this returns false: the producer should throw, so that nothing is stored
   * on the superseded version) or it waits until this transaction has committed and then carries
   * this batch's translations over. Waiting for the lock is bounded by the database's lock timeout.
   */
  boolean lockLatestVersion();

  /**
   * Stores translations as {@link TranslationStore#apply(TranslationBatch)} describes.
   *
   * @throws IllegalArgumentException when a segment already got a translation in this batch
   * @throws org.tarjuman.core.InvalidInputException when an update names a segment outside the
   *     batch's version
   */
  void write(List<TranslationUpdate> updates);
}
