package org.tarjuman.benchmarks;

import java.io.IOException;
import java.io.InputStream;
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
 * {@code tarjuman>} appears on its terminal; {@code script(1)} gives it a pseudo-terminal).
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
    benchmark.oneShot("docs");
    benchmark.oneShot("segment", "12", "--json");
    benchmark.oneShot("tm", "lookup", "المغرب وإسرائيل", "--source", "ar", "--target", "en");
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

  private void shellReady() throws IOException, InterruptedException {
    String quoted = String.join(" ", launcher.stream().map(ConsoleBenchmark::quote).toList());
    long[] millis = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Process process = start(List.of("script", "-qfec", quoted, "/dev/null"));
      millis[i] = waitForPrompt(process.getInputStream(), start);
      process.getOutputStream().write("exit\n".getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().flush();
      process.getInputStream().transferTo(OutputStream.nullOutputStream());
      process.waitFor();
    }
    report("shell ready (prompt shown)", millis);
  }

  private static long waitForPrompt(InputStream terminal, long start) throws IOException {
    StringBuilder seen = new StringBuilder();
    byte[] buffer = new byte[4096];
    int read;
    while ((read = terminal.read(buffer)) > 0) {
      seen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
      if (seen.indexOf(PROMPT) >= 0) {
        return (System.nanoTime() - start) / 1_000_000;
      }
    }
    throw new IllegalStateException("the shell ended without a prompt: " + seen);
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
