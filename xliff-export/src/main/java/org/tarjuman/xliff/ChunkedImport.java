package org.tarjuman.xliff;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tarjuman.core.store.TranslationSink;
import org.tarjuman.core.store.TranslationUpdate;
import org.tarjuman.xliff.model.ReturnedUnit;
import org.tarjuman.xliff.model.UnitId;

/**
 * Imports a returned XLIFF file {@value #CHUNK} units at a time into a {@link TranslationSink}, as
 * it is read (on a thread of its own, {@link UnitChunks}, so that parsing and storing overlap):
 * each chunk's stored segments are read by id, its units decided ({@link
 * XliffComparison.Decisions}) and its updates written. Neither the file's units nor the document's
 * segments are held whole; the sink's transaction makes a problem anywhere in the file (also after
 * many good units) roll back everything. Run again from the start when the store runs it again.
 */
final class ChunkedImport implements Consumer<TranslationSink> {

  /** How many units are decided and written together. */
  static final int CHUNK = 1_000;

  private final XliffReader reader;
  private final Path file;
  private final Locale target;
  private XliffComparison.Decisions decisions;
  private boolean superseded;

  /**
   * An import of a file whose head passed the file-level checks.
   *
   * @param target the language the translations are stored under (the document's own tag)
   */
  ChunkedImport(XliffReader reader, Path file, Locale target) {
    this.reader = reader;
    this.file = file;
    this.target = target;
  }

  @Override
  public void accept(TranslationSink sink) {
    decisions = new XliffComparison.Decisions(target);
    // The file's version was the latest when its head was read; a re-import since then makes it
    // superseded, which the caller reports as for any superseded file. Nothing is written then.
    superseded = !sink.isLatestVersion();
    if (superseded) {
      return;
    }
    try (UnitChunks chunks = UnitChunks.start(reader, file, CHUNK)) {
      for (List<ReturnedUnit> chunk = chunks.next(); !chunk.isEmpty(); chunk = chunks.next()) {
        write(chunk, sink);
      }
    }
  }

  /** Whether the last run found the file's version superseded inside its transaction. */
  boolean superseded() {
    return superseded;
  }

  /** What the last run decided: the counts and rejections of units not written. */
  XliffComparison.Decisions decisions() {
    return decisions;
  }

  /** Decides a chunk of units against their stored segments and writes its updates. */
  private void write(List<ReturnedUnit> chunk, TranslationSink sink) {
    List<Long> ids =
        chunk.stream()
            .flatMap(u -> UnitId.parse(u.unitId()).stream())
            .map(UnitId::segmentId)
            .distinct()
            .toList();
    sink.write(
        decisions.decide(chunk, sink.segments(ids)).stream()
            .map(u -> new TranslationUpdate(u.segmentId(), u.target(), u.status()))
            .toList());
  }
}
