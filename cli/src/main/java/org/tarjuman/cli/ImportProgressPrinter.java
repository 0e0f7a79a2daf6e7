package org.tarjuman.cli;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.tarjuman.cli.shell.Stderr;
import org.tarjuman.core.ingest.ImportProgress;

/**
 * Shows an import's progress (units and segments so far) on standard error, once the import has
 * taken longer than a second and only when standard error is a terminal; clears it when closed.
 */
final class ImportProgressPrinter implements ImportProgress, AutoCloseable {

  private static final long QUIET_NANOS = Duration.ofSeconds(1).toNanos();

  private final Stderr stderr;
  private final LongSupplier nanoClock;
  private final long start;

  ImportProgressPrinter(Stderr stderr, LongSupplier nanoClock) {
    this.stderr = stderr;
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
  }

  /** Progress timed by {@link System#nanoTime()}. */
  static ImportProgressPrinter on(Stderr stderr) {
    return new ImportProgressPrinter(stderr, System::nanoTime);
  }

  @Override
  public void progress(int units, int segments) {
    if (nanoClock.getAsLong() - start > QUIET_NANOS) {
      stderr.progress("importing: " + units + " units, " + segments + " segments so far");
    }
  }

  @Override
  public void close() {
    stderr.endProgress();
  }
}
