package org.tarjuman.xliff;

import java.util.Objects;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Status;

/**
 * A translation to store from a returned XLIFF file: the new target of one segment.
 *
 * <p>The content's inline codes are the stored source's codes (same kind, id, type and original
 * text), in the order the translator put them.
 *
 * @param segmentId the stored segment's id
 * @param unitId the unit's id in the file, for reports
 * @param target the new translation
 * @param status the new status
 */
public record TargetUpdate(long segmentId, String unitId, Content target, Status status) {
  public TargetUpdate {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
  }

  /** Whether the translator confirmed the translation (translated or beyond): TM material. */
  public boolean confirmed() {
    return status.compareTo(Status.TRANSLATED) >= 0;
  }
}
