package org.tarjuman.cli.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs the console: without program arguments Spring Shell's interactive JLine shell, otherwise the
 * one command the arguments name, whose outcome becomes the process's exit code.
 *
 * <p>It takes the place of Spring Shell's own application runner because 4.0.1's {@code
 * NonInteractiveShellRunner} joins the arguments with spaces (losing their quoting) and only logs a
 * failed command, so the process would exit 0. Here a one-shot command's result goes to standard
 * output; a failure, mapped by {@link ExitStatusMapper}, becomes one line on standard error and the
 * exit code that {@code SpringApplication.exit} returns.
 */
public final class ConsoleRunner implements ApplicationRunner, ExitCodeGenerator {

  /** One-shot commands read nothing from the user. */
  private static final InputReader NO_INPUT = new InputReader() {};

  private final ObjectProvider<ShellRunner> interactiveShell;
  private final boolean interactive;
  private final CommandLineParser parser;
  private final CommandRegistry registry;
  private final ExitStatusMapper mapper;
  private final Stderr stderr;
  private final PrintWriter out;
  private int exitCode;

  /**
   * @param interactiveShell Spring Shell's interactive runner, created only when used
   * @param interactive whether to run it when there are no program arguments ({@code
   *     spring.shell.interactive.enabled}); tests switch it off
   */
  public ConsoleRunner(
      ObjectProvider<ShellRunner> interactiveShell,
      boolean interactive,
      CommandLineParser parser,
      CommandRegistry registry,
      ExitStatusMapper mapper,
      Stderr stderr,
      PrintWriter out) {
    this.interactiveShell = interactiveShell;
    this.interactive = interactive;
    this.parser = parser;
    this.registry = registry;
    this.mapper = mapper;
    this.stderr = stderr;
    this.out = out;
  }

  @Override
  public void run(ApplicationArguments arguments) throws Exception {
    String[] words = arguments.getSourceArgs();
    if (words.length > 0) {
      exitCode = runOnce(List.of(words));
    } else if (interactive) {
      interactiveShell.getObject().run(words);
    }
  }

  /** Runs one command given as program arguments; returns its exit code. */
  public int runOnce(List<String> words) {
    ExitStatus status;
    try {
      ParsedInput input = parser.parse(words);
      CommandContext context = new CommandContext(input, registry, out, NO_INPUT);
      status = new CommandExecutor(registry).execute(context);
    } catch (Exception e) {
      status = mapper.apply(e);
    } finally {
      out.flush();
    }
    int code = ExitStatusMapper.exitCode(status);
    if (code != 0) {
      String message = Objects.requireNonNullElse(status.description(), "the command failed");
      stderr.error(message.startsWith("Unexpected error") ? message : "error: " + message);
    }
    return code;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
