package org.tarjuman.xliff;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tarjuman.core.InvalidInputException;
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
 *
 * <p>A file whose version is no longer its document's latest stores nothing ({@link Superseded}):
 * checked when the transaction begins, and again after the last chunk under the document's lock
 * ({@link TranslationSink#lockLatestVersion()}), so that a re-import committed while the file was
 * read cannot leave its translations on the version it superseded.
 */
final class ChunkedImport implements Consumer<TranslationSink> {

  /** How many units are decided and written together. */
  static final int CHUNK = 1_000;

  private final XliffReader reader;
  private final Path file;
  private final Locale target;
  private XliffComparison.Decisions decisions;

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
    if (!sink.isLatestVersion()) {
      throw new Superseded(file);
    }
    try (UnitChunks chunks = UnitChunks.start(reader, file, CHUNK)) {
      for (List<ReturnedUnit> chunk = chunks.next(); !chunk.isEmpty(); chunk = chunks.next()) {
        write(chunk, sink);
      }
    }
    // A re-import that committed while the file was read carried the version's translations over
    // without these. Under the document's lock the answer is final: a later re-import waits for
    // this transaction, so it carries them over; an earlier one makes this one roll back.
    if (!sink.lockLatestVersion()) {
      throw new Superseded(file);
    }
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

  /**
   * The file's document was re-imported before its translations were stored: thrown out of the
   * sink's transaction, so that it rolls back, for the caller to report the file as superseded.
   */
  static final class Superseded extends InvalidInputException {

    Superseded(Path file) {
      super(
          file.getFileName()
              + ": its document was re-imported while the file was imported; nothing was stored."
              + " Export it again and translate the new version");
    }
  }
}
