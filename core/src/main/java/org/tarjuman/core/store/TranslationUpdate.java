package org.tarjuman.core.store;

import java.util.Objects;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Status;

/**
 * A new translation for one segment.
 *
 * @param segmentId the segment's id
 * @param target the translation; its inline codes are the segment's source codes
 * @param status the translation's new status
 * @param score how sure its origin is of it, 0-100 (an alignment's confidence), or null when the
 *     origin gives none (XLIFF, manual)
 */
public record TranslationUpdate(long segmentId, Content target, Status status, Integer score) {
  public TranslationUpdate {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    if (score != null && (score < 0 || score > 100)) {
      throw new IllegalArgumentException("score " + score + " is not between 0 and 100");
    }
  }

  /** A translation without a score. */
  public TranslationUpdate(long segmentId, Content target, Status status) {
    this(segmentId, target, status, null);
  }

  /** Whether the translation is confirmed (translated, reviewed or final): TM material. */
  public boolean confirmed() {
    return status.compareTo(Status.TRANSLATED) >= 0;
  }
}
