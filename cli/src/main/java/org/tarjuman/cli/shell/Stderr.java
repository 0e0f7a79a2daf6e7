package org.tarjuman.cli.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Standard error, where the console writes everything that is not a command's result: error lines,
 * import progress and, when debugging, stack traces.
 *
 * <p>Error lines are red, and progress is shown at all, only when standard error is a terminal;
 * colour, and progress redrawn in place, are also off when {@code NO_COLOR} is set to anything but
 * the empty string (https://no-color.org) or, for redrawing, when {@code TERM} is {@code dumb}. Whether standard error is a terminal is asked once, when first needed,
 * through JLine's native ({@code isatty}) or exec ({@code test -t 2}) terminal provider.
 */
public final class Stderr {

  private static final String RED = "\u001B[31m";
  private static final String RESET = "\u001B[0m";
  private static final String CLEAR_LINE = "\r\u001B[2K";

  private final PrintStream err;
  private final boolean noColor;
  private final boolean dumb;
  private final BooleanSupplier terminalCheck;
  private Boolean terminal;
  private boolean progressShown;

  /**
   * @param err where to write
   * @param env the environment, for {@code NO_COLOR}
   * @param terminalCheck whether {@code err} is a terminal; asked at most once
   */
  public Stderr(PrintStream err, Map<String, String> env, BooleanSupplier terminalCheck) {
    this.err = err;
    String noColorValue = env.get("NO_COLOR");
    this.noColor = noColorValue != null && !noColorValue.isEmpty();
    this.dumb = "dumb".equals(env.get("TERM"));
    this.terminalCheck = terminalCheck;
  }

  /** The process's standard error, checked for a terminal through JLine. */
  public static Stderr system(Map<String, String> env) {
    return new Stderr(System.err, env, Stderr::isSystemErrorATerminal);
  }

  /** Whether standard error is a terminal. */
  public synchronized boolean isTerminal() {
    if (terminal == null) {
      terminal = terminalCheck.getAsBoolean();
    }
    return terminal;
  }

  /** Writes one line, red on a colour terminal; a line break in {@code line} becomes a space. */
  public synchronized void error(String line) {
    endProgress();
    String oneLine = line.replaceAll("\\R", " ");
    err.println(!noColor && isTerminal() ? RED + oneLine + RESET : oneLine);
    err.flush();
  }

  /** Shows how far a long task has got, on one line rewritten in place; only on a terminal. */
  public synchronized void progress(String status) {
    if (isTerminal()) {
      err.print(CLEAR_LINE + status);
      err.flush();
      progressShown = true;
    }
  }

  /**
   * Whether progress may be redrawn in place: on a terminal, unless it is a dumb one ({@code
   * TERM=dumb}) or {@code NO_COLOR} asks for plain output.
   */
  public synchronized boolean redrawsProgress() {
    return isTerminal() && !dumb && !noColor;
  }

  /** Shows how far a long task has got as a line of its own, for a terminal that cannot redraw. */
  public synchronized void progressLine(String status) {
    if (isTerminal()) {
      endProgress();
      err.println(status);
      err.flush();
    }
  }

  /** Clears the progress line, if one is shown. */
  public synchronized void endProgress() {
    if (progressShown) {
      err.print(CLEAR_LINE);
      err.flush();
      progressShown = false;
    }
  }

  /** Prints a stack trace, for debugging. */
  public synchronized void stackTrace(Throwable throwable) {
    endProgress();
    throwable.printStackTrace(err);
    err.flush();
  }

  private static boolean isSystemErrorATerminal() {
    for (String provider : List.of("jni", "exec")) {
      try {
        return TerminalProvider.load(provider).isSystemStream(SystemStream.Error);
      } catch (Exception | LinkageError e) {
        // This provider does not work on this platform; try the next one.
      }
    }
    return false;
  }
}
