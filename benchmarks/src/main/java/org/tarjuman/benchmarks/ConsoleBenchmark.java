package org.tarjuman.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Launches the console as a user would and reports median wall-clock times: one-shot commands
 * (from launch until the process exits) and the interactive shell (from launch until the prompt
 * {@code tarjuman>} appears on its terminal, a detached {@code tmux} session).
 *
 * <p>Usage: {@code ConsoleBenchmark RUNS WORKSPACE LAUNCHER…}, where the launcher is the command
 * that starts the console, e.g. {@code java -jar cli/target/tarjuman.jar} or {@code
 * cli/target/tarjuman}. The workspace must hold the demo document (segment 12 exists).
 */
public final class ConsoleBenchmark {

  private static final String PROMPT = "tarjuman>";

  private final int runs;
  private final Path workspace;
  private final List<String> launcher;

  private ConsoleBenchmark(int runs, Path workspace, List<String> launcher) {
    this.runs = runs;
    this.workspace = workspace;
    this.launcher = launcher;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ConsoleBenchmark RUNS WORKSPACE LAUNCHER...");
      System.exit(2);
    }
    var benchmark =
        new ConsoleBenchmark(
            Integer.parseInt(args[0]),
            Path.of(args[1]),
            Arrays.asList(args).subList(2, args.length));
    System.out.println("launcher: " + String.join(" ", benchmark.launcher));
    if (!"shell".equals(System.getProperty("only"))) {
      benchmark.oneShot("docs");
      benchmark.oneShot("segment", "12", "--json");
      benchmark.oneShot("tm", "lookup", "المغرب وإسرائيل", "--source", "ar", "--target", "en");
    }
    benchmark.shellReady();
  }

  /**
   * Runs a command {@code runs} times under {@code /usr/bin/time}: wall-clock time, and the CPU time
   * (user + system) it used, which other work on a loaded machine disturbs less.
   */
  private void oneShot(String... command) throws IOException, InterruptedException {
    Path times = Files.createTempFile("console-benchmark", ".time");
    List<String> line = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
    line.addAll(launcher);
    line.addAll(List.of(command));
    long[] wall = new long[runs];
    long[] cpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Process process = start(line);
      process.getInputStream().transferTo(OutputStream.nullOutputStream());
      int exit = process.waitFor();
      wall[i] = (System.nanoTime() - start) / 1_000_000;
      if (exit != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
      }
      String[] userSystem = Files.readString(times).trim().split("\\s+");
      cpu[i] =
          Math.round(
              (Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1])) * 1000);
    }
    Files.delete(times);
    report(String.join(" ", command), wall);
    report("  cpu (user+sys)", cpu);
  }

  /**
   * Starts the shell in a detached tmux session (a real terminal, which answers JLine's queries)
   * and polls the screen every 20 ms until the prompt shows.
   */
  private void shellReady() throws IOException, InterruptedException {
    long[] millis = new long[runs];
    for (int i = 0; i < runs; i++) {
      String session = "tarjuman-bench-" + ProcessHandle.current().pid() + "-" + i;
      List<String> line =
          new ArrayList<>(
              List.of(
                  "tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", "env",
                  "TARJUMAN_WORKSPACE=" + workspace, "TERM=xterm-256color"));
      line.addAll(launcher);
      long start = System.nanoTime();
      run(line);
      while (!run(List.of("tmux", "capture-pane", "-p", "-t", session)).contains(PROMPT)) {
        if (!exitsNormally(List.of("tmux", "has-session", "-t", session))) {
          // The shell ended (or something killed the tmux server) before its prompt showed.
          throw new IllegalStateException("tmux session " + session + " ended before the prompt");
        }
        Thread.sleep(20);
      }
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      run(List.of("tmux", "kill-session", "-t", session));
    }
    report("shell ready (prompt shown)", millis);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }

  private static boolean exitsNormally(List<String> command)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor() == 0;
  }

  private Process start(List<String> line) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().put("TARJUMAN_WORKSPACE", workspace.toString());
    builder.environment().put("TERM", "xterm");
    return builder.start();
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private static void report(String what, long[] millis) {
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    long median = sorted[sorted.length / 2];
    System.out.printf(
        Locale.ROOT, "%-30s median %5d ms  runs %s%n", what, median, Arrays.toString(millis));
  }
}
