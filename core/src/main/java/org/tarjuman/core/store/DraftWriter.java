package org.tarjuman.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.Status;

/**
 * Writes TM drafts inside a transaction the caller holds: a translation row per segment that has
 * none into the target yet (an existing translation is never replaced by the TM), and one more use
 * for the TM unit it came from.
 */
final class DraftWriter {

  private static final String INSERT =
      """
      INSERT INTO translations (segment_id, target_lang, target_coded, target_codes, target_plain,
          status, origin, score, changed_at)
      VALUES (:segment, :target, :coded, :codes, :plain, :status, :origin, :score, :at)
      """;

  private final Handle handle;
  private final Instant now;

  DraftWriter(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  int write(Locale target, List<SegmentDraft> drafts) {
    String tag = target.toLanguageTag();
    int written = 0;
    for (SegmentDraft draft : drafts) {
      boolean translated =
          handle
                  .createQuery(
                      "SELECT COUNT(*) FROM translations WHERE segment_id = :s AND target_lang ="
                          + " :t")
                  .bind("s", draft.segmentId())
                  .bind("t", tag)
                  .mapTo(Long.class)
                  .one()
              > 0;
      if (translated) {
        continue;
      }
      handle
          .createUpdate(INSERT)
          .bind("segment", draft.segmentId())
          .bind("target", tag)
          .bind("coded", draft.target().coded())
          .bind("codes", InlineCodesFormat.format(draft.target().codes()))
          .bind("plain", draft.target().plainText())
          .bind("status", Status.DRAFT.label())
          .bind("origin", Origin.TM_EXACT.label())
          .bind("score", draft.score())
          .bind("at", Columns.timestamp(now))
          .execute();
      handle
          .createUpdate("UPDATE tm_units SET use_count = use_count + 1 WHERE id = :id")
          .bind("id", draft.tmUnitId())
          .execute();
      written++;
    }
    return written;
  }
}
