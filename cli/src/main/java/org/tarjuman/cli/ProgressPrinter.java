package org.tarjuman.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.tarjuman.cli.shell.Stderr;
import org.tarjuman.core.Progress;
import org.tarjuman.core.ingest.ImportProgress;

/**
 * Shows a long command's progress on standard error, once it has taken longer than a second: the
 * one progress display of the console, for {@code import}, {@code tm import}, {@code align},
 * {@code export-xliff}, {@code merge} and {@code demo}.
 *
 * <p>On a terminal that can redraw a line, a bar redrawn in place, at most ten times a second:
 * {@code merge: [######--------------] 45,000/100,000 text units  12 s}, or, while the total is not
 * known, the count alone ({@code import: 3,400 segments (1,200 text units)  12 s}). A ticker thread
 * refreshes the time taken once a second between the core's reports. With {@code TERM=dumb} or
 * {@code NO_COLOR}, a plain line of its own every five seconds instead; when standard error is not
 * a terminal, nothing. Standard output, where {@code --json} goes, is never written. Closing the
 * printer stops the ticker and clears the line.
 */
final class ProgressPrinter implements ImportProgress, Progress, AutoCloseable {

  private static final Duration QUIET = Duration.ofSeconds(1);
  private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();
  private static final long PLAIN_LINE_NANOS = Duration.ofSeconds(5).toNanos();
  /** The widest line shown: one column short of 80, so that no terminal wraps it. */
  static final int WIDTH = 79;

  private static final int BAR_MIN = 10;
  private static final int BAR_MAX = 30;

  /** What has been reported last: {@code done} of {@code total} {@code step}, total 0 if unknown. */
  private record Status(String step, long done, long total) {}

  private final Stderr stderr;
  private final String task;
  private final LongSupplier nanoClock;
  private final long quietNanos;
  private final long start;
  private volatile Status status = new Status("", 0, 0);
  private long lastShown = Long.MIN_VALUE;
  private Thread ticker;

  /**
   * @param stderr where to show progress
   * @param task the command, shown first on the line
   * @param nanoClock the time, in nanoseconds, as {@link System#nanoTime()}
   * @param quiet how long a command runs before its progress is shown
   */
  ProgressPrinter(Stderr stderr, String task, LongSupplier nanoClock, Duration quiet) {
    this.stderr = stderr;
    this.task = task;
    this.nanoClock = nanoClock;
    this.quietNanos = quiet.toNanos();
    this.start = nanoClock.getAsLong();
  }

  /** Progress of {@code task} after a quiet second, refreshed every second on a terminal. */
  static ProgressPrinter on(Stderr stderr, String task) {
    ProgressPrinter printer = new ProgressPrinter(stderr, task, System::nanoTime, QUIET);
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
                  show(/* force= */ true);
                }
              } catch (InterruptedException e) {
                // Closed: the command is over.
              }
            },
            task + "-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  /** An import's count: its total is not known until the whole file is read. */
  @Override
  public void progress(int units, int segments) {
    status = new Status("segments (" + count(units) + " text units)", segments, 0);
    show(/* force= */ false);
  }

  @Override
  public void progress(String step, long done, long total) {
    status = new Status(step, done, total);
    show(/* force= */ false);
  }

  private synchronized void show(boolean force) {
    long now = nanoClock.getAsLong();
    long elapsed = now - start;
    if (elapsed <= quietNanos) {
      return;
    }
    boolean redraw = stderr.redrawsProgress();
    long every = redraw ? REDRAW_NANOS : PLAIN_LINE_NANOS;
    if (lastShown != Long.MIN_VALUE && now - lastShown < every && !(force && redraw)) {
      return;
    }
    lastShown = now;
    String line = line(status, Duration.ofNanos(elapsed));
    if (redraw) {
      stderr.progress(line);
    } else {
      stderr.progressLine(line);
    }
  }

  /** The progress line, at most {@link #WIDTH} characters. */
  private String line(Status s, Duration elapsed) {
    String time = "  " + elapsed.toSeconds() + " s";
    String head = task + ": ";
    if (s.total() > 0) {
      String counts = " " + count(s.done()) + "/" + count(s.total()) + " " + s.step();
      int room = WIDTH - head.length() - counts.length() - time.length() - 2;
      int width = Math.max(BAR_MIN, Math.min(BAR_MAX, room));
      int filled = (int) Math.min(width, s.done() * width / s.total());
      String bar = "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
      return fit(head + bar + counts, time);
    }
    String counts = s.step().isEmpty() ? "working" : count(s.done()) + " " + s.step();
    return fit(head + counts, time);
  }

  private static String fit(String text, String time) {
    int room = WIDTH - time.length();
    return (text.length() > room ? text.substring(0, room - 1) + "…" : text) + time;
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
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
