package org.tarjuman.core.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.Status;

/**
 * Writes TM drafts inside a transaction the caller holds: a translation row per segment that has
 * none into the target yet (an existing translation is never replaced by the TM), and one more use
 * for the TM unit it came from. One query per {@value TranslationWriter#CHUNK} drafts finds the
 * segments already translated; the rest are written with prepared batches.
 */
final class DraftWriter {

  private static final String INSERT =
      """
      INSERT INTO translations (segment_id, target_lang, target_coded, target_codes, target_plain,
          status, origin, score, changed_at)
      VALUES (:segment, :target, :coded, :codes, :plain, :status, :origin, :score, :at)
      """;

  private static final String TRANSLATED =
      "SELECT segment_id FROM translations WHERE segment_id IN (<ids>) AND target_lang = :t";

  private static final String USED = "UPDATE tm_units SET use_count = use_count + 1 WHERE id = :id";

  private final Handle handle;
  private final Instant now;

  DraftWriter(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  int write(Locale target, List<SegmentDraft> drafts) {
    int written = 0;
    for (int from = 0; from < drafts.size(); from += TranslationWriter.CHUNK) {
      written +=
          writeChunk(
              target.toLanguageTag(),
              drafts.subList(from, Math.min(drafts.size(), from + TranslationWriter.CHUNK)));
    }
    return written;
  }

  private int writeChunk(String tag, List<SegmentDraft> drafts) {
    Set<Long> translated =
        new HashSet<>(
            handle
                .createQuery(TRANSLATED)
                .bindList("ids", drafts.stream().map(SegmentDraft::segmentId).toList())
                .bind("t", tag)
                .mapTo(Long.class)
                .list());
    int written = 0;
    try (PreparedBatch insert = handle.prepareBatch(INSERT);
        PreparedBatch used = handle.prepareBatch(USED)) {
      for (SegmentDraft draft : drafts) {
        if (!translated.add(draft.segmentId())) {
          continue;
        }
        insert
            .bind("segment", draft.segmentId())
            .bind("target", tag)
            .bind("coded", draft.target().coded())
            .bind("codes", InlineCodesFormat.format(draft.target().codes()))
            .bind("plain", draft.target().plainText())
            .bind("status", Status.DRAFT.label())
            .bind("origin", Origin.TM_EXACT.label())
            .bind("score", draft.score())
            .bind("at", Columns.timestamp(now))
            .add();
        used.bind("id", draft.tmUnitId()).add();
        written++;
      }
      if (written > 0) {
        insert.execute();
        used.execute();
      }
    }
    return written;
  }
}
