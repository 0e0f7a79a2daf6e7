package org.tarjuman.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The console as a process, {@code java -jar tarjuman.jar ARGS…}, in an environment of its own:
 * standard output and error go to files (so a killed process leaves what it printed), standard
 * input comes from a file or the null device.
 */
final class ConsoleProcess {

  static final Path JAR =
      Path.of(System.getProperty("tarjuman.jar", "target/tarjuman.jar")).toAbsolutePath();
  private static final long PATIENCE_MINUTES = 5;

  private final Map<String, String> env;
  private final Path logs;

  /**
   * @param env variables set for the process, on top of this one's without {@code TARJUMAN_*}
   * @param logs the folder for the processes' standard output and error files
   */
  ConsoleProcess(Map<String, String> env, Path logs) {
    this.env = Map.copyOf(env);
    this.logs = logs;
  }

  /** The same console with another workspace folder. */
  ConsoleProcess inWorkspace(Path workspace) {
    Map<String, String> changed = new HashMap<>(env);
    changed.put("TARJUMAN_WORKSPACE", workspace.toString());
    return new ConsoleProcess(changed, logs);
  }

  /** What a finished process printed, and its exit code. */
  record Result(int exitCode, String out, String err) {}

  /** A started process and the files it prints into. */
  record Running(Process process, Path out, Path err, String command) {

    /** Waits for the process to end and reads what it printed. */
    Result result() throws IOException, InterruptedException {
      if (!process.waitFor(PATIENCE_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("tarjuman " + command + " did not finish");
      }
      return printed(process.exitValue());
    }

    /** Sends SIGKILL and waits for the process to be gone; true when it was still running. */
    boolean kill() throws InterruptedException {
      boolean alive = process.isAlive();
      process.destroyForcibly();
      process.waitFor();
      return alive;
    }

    Result printed(int exitCode) throws IOException {
      return new Result(
          exitCode,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    }
  }

  /** Starts {@code java -jar tarjuman.jar ARGS…} with standard input from {@code input}. */
  Running start(Path input, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(logs, "out", ".txt");
    Path err = Files.createTempFile(logs, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(input == null ? nullDevice() : input.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("TARJUMAN_"));
    builder.environment().putAll(env);
    return new Running(builder.start(), out, err, String.join(" ", args));
  }

  /** Runs a one-shot command to its end. */
  Result run(String... args) throws IOException, InterruptedException {
    return start(null, args).result();
  }

  /**
   * Runs the interactive shell with {@code lines} typed on standard input (not a terminal: JLine's
   * dumb terminal), so that one process runs several commands; it ends at the end of the input.
   */
  Result script(String... lines) throws IOException, InterruptedException {
    Path input = Files.createTempFile(logs, "in", ".txt");
    Files.writeString(input, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return start(input).result();
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
