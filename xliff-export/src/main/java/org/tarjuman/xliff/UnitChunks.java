package org.tarjuman.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.tarjuman.xliff.model.ReturnedUnit;

/**
 * A returned file's units in chunks, parsed on a thread of their own while the caller decides and
 * stores the chunks before them, so that reading the XML and writing the database overlap. At most
 * {@value #AHEAD} chunks wait beyond the one the caller holds. A parse failure (a malformed file,
 * a unit that cannot be read) is thrown, as it was thrown, where the caller reaches it, after the
 * chunks before it; closing stops the parse and ends its thread.
 */
final class UnitChunks implements AutoCloseable {

  /** How many parsed chunks may wait for the caller. */
  static final int AHEAD = 2;

  private final BlockingQueue<Chunk> ready = new ArrayBlockingQueue<>(AHEAD);
  private final Thread parser;
  private volatile boolean closed;
  private boolean ended;
  private List<ReturnedUnit> filling;

  private UnitChunks(XliffReader reader, Path file, int size) {
    filling = new ArrayList<>(size);
    parser = new Thread(() -> parse(reader, file, size), "tarjuman-xliff-reader");
    parser.setDaemon(true);
  }

  /** Starts parsing {@code file} into chunks of {@code size} units. */
  static UnitChunks start(XliffReader reader, Path file, int size) {
    UnitChunks chunks = new UnitChunks(reader, file, size);
    chunks.parser.start();
    return chunks;
  }

  /**
   * The next chunk of units in file order; empty once the file is read.
   *
   * @throws RuntimeException what the parse threw, once the chunks before it are taken
   */
  List<ReturnedUnit> next() {
    if (ended) {
      return List.of();
    }
    Chunk chunk;
    try {
      chunk = ready.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while the XLIFF file was read");
    }
    if (chunk.failure() instanceof RuntimeException e) {
      ended = true;
      throw e;
    }
    if (chunk.failure() instanceof Error e) {
      ended = true;
      throw e;
    }
    ended = chunk.units().isEmpty();
    return chunk.units();
  }

  /** Stops the parse if it still runs, and waits for its thread to end. */
  @Override
  public void close() {
    closed = true;
    ready.clear();
    parser.interrupt();
    try {
      parser.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs on the parser thread. */
  private void parse(XliffReader reader, Path file, int size) {
    try {
      reader.read(
          file,
          unit -> {
            filling.add(unit);
            if (filling.size() == size) {
              hand(new Chunk(filling, null));
              filling = new ArrayList<>(size);
            }
          });
      if (!filling.isEmpty()) {
        hand(new Chunk(filling, null));
      }
      hand(new Chunk(List.of(), null));
    } catch (Stopped e) {
      // Closed by the caller: nobody waits for the rest.
    } catch (RuntimeException | Error e) {
      // Errors too (an OutOfMemoryError), or the caller would wait for ever.
      handQuietly(new Chunk(List.of(), e));
    }
  }

  /** Hands a chunk to the caller, waiting while {@value #AHEAD} wait already. */
  private void hand(Chunk chunk) {
    try {
      while (!closed) {
        if (ready.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // Closed while waiting.
    }
    throw new Stopped();
  }

  private void handQuietly(Chunk chunk) {
    try {
      hand(chunk);
    } catch (Stopped e) {
      // Closed: the failure has nobody to go to.
    }
  }

  /** Units parsed, or what the parse threw. */
  private record Chunk(List<ReturnedUnit> units, Throwable failure) {}

  /** Ends the parse when the caller has closed. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }
}
