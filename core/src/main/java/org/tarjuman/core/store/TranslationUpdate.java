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
 */
public record TranslationUpdate(long segmentId, Content target, Status status) {
  public TranslationUpdate {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
  }

  /** Whether the translation is confirmed (translated, reviewed or final): TM material. */
  public boolean confirmed() {
    return status.compareTo(Status.TRANSLATED) >= 0;
  }
}
