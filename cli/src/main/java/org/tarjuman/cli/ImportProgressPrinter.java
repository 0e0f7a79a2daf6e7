package org.tarjuman.cli;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.tarjuman.cli.shell.Stderr;
import org.tarjuman.core.ingest.ImportProgress;

/**
 * Shows an import's progress on standard error, only when it is a terminal and once the import has
 * taken longer than a second: the units and segments the core has reported so far and the time
 * taken, refreshed when the core reports and, between its reports (it reports every few hundred
 * units), once a second by a ticker thread. Closing it stops the ticker and clears the line.
 */
final class ImportProgressPrinter implements ImportProgress, AutoCloseable {

  private static final Duration QUIET = Duration.ofSeconds(1);

  private final Stderr stderr;
  private final LongSupplier nanoClock;
  private final long quietNanos;
  private final long start;
  private volatile int units;
  private volatile int segments;
  private Thread ticker;

  /**
   * @param stderr where to show progress
   * @param nanoClock the time, in nanoseconds, as {@link System#nanoTime()}
   * @param quiet how long an import runs before its progress is shown
   */
  ImportProgressPrinter(Stderr stderr, LongSupplier nanoClock, Duration quiet) {
    this.stderr = stderr;
    this.nanoClock = nanoClock;
    this.quietNanos = quiet.toNanos();
    this.start = nanoClock.getAsLong();
  }

  /** Progress after a quiet second, refreshed every second on a terminal. */
  static ImportProgressPrinter on(Stderr stderr) {
    ImportProgressPrinter printer = new ImportProgressPrinter(stderr, System::nanoTime, QUIET);
    if (stderr.isTerminal()) {
      printer.tickEvery(Duration.ofSeconds(1));
    }
    return printer;
  }

  /** Refreshes the line every {@code period} until closed, between the core's reports. */
  void tickEvery(Duration period) {
    ticker =
        new Thread(
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  Thread.sleep(period.toMillis());
                  show();
                }
              } catch (InterruptedException e) {
                // Closed: the import is over.
              }
            },
            "import-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  @Override
  public void progress(int units, int segments) {
    this.units = units;
    this.segments = segments;
    show();
  }

  private void show() {
    long elapsed = nanoClock.getAsLong() - start;
    if (elapsed > quietNanos) {
      String sofar = units == 0 ? "" : " " + units + " units, " + segments + " segments so far";
      stderr.progress("importing:" + sofar + " (" + Duration.ofNanos(elapsed).toSeconds() + " s)");
    }
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.interrupt();
      try {
        ticker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    stderr.endProgress();
  }
}
