package org.tarjuman.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program in a real terminal: {@code tmux} runs it in a detached 100x40 session, keys are typed
 * with {@code send-keys} and the screen is read with {@code capture-pane}. Tests that use it are
 * skipped, saying why, where tmux is not installed (Debian: {@code apt-get install tmux}; {@code
 * .ci/run} installs it).
 */
final class TmuxSession implements AutoCloseable {

  static final String NOT_INSTALLED = "tmux is not installed: apt-get install tmux to run this test";
  private static final long SLOW_MACHINE_MILLIS = TimeUnit.MINUTES.toMillis(3);

  private final String name;

  private TmuxSession(String name) {
    this.name = name;
  }

  /** Starts {@code command} (environment assignments first, as {@code env} takes them). */
  static TmuxSession start(String name, List<String> command)
      throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(List.of("new-session", "-d", "-s", name, "-x", "100", "-y", "40", "env"));
    args.addAll(command);
    tmux(args);
    return new TmuxSession(name);
  }

  static boolean installed() {
    try {
      return run(List.of("tmux", "-V")).exitCode == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Types keys: text, or tmux key names such as {@code Enter}, {@code Tab}, {@code C-l}. */
  void send(String... keys) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", name));
    args.addAll(List.of(keys));
    tmux(args);
  }

  /** Polls the screen until {@code ready} holds; fails with the screen after a long wait. */
  String awaitScreen(Predicate<String> ready, String what) throws Exception {
    long deadline = System.currentTimeMillis() + SLOW_MACHINE_MILLIS;
    String screen = "";
    while (System.currentTimeMillis() < deadline) {
      screen = alive() ? screen() : screen;
      if (ready.test(screen)) {
        return screen;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("waited for " + what + "; the terminal shows:\n" + screen);
  }

  /** What the terminal shows now. */
  String screen() throws IOException, InterruptedException {
    return tmux(List.of("capture-pane", "-p", "-t", name));
  }

  /** Whether the program still runs. */
  boolean alive() {
    try {
      return run(List.of("tmux", "has-session", "-t", name)).exitCode == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Ends the session, and the program with it, if it still runs. */
  @Override
  public void close() throws IOException, InterruptedException {
    if (alive()) {
      tmux(List.of("kill-session", "-t", name));
    }
  }

  private static String tmux(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux"));
    command.addAll(args);
    return run(command).output;
  }

  private record Output(int exitCode, String output) {}

  private static Output run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Output(process.waitFor(), output);
  }
}
