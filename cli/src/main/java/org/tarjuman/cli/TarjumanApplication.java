package org.tarjuman.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.tarjuman.cli.format.AlignText;
import org.tarjuman.cli.format.DemoText;
import org.tarjuman.cli.format.DocumentText;
import org.tarjuman.cli.format.HelpText;
import org.tarjuman.cli.format.ImportJson;
import org.tarjuman.cli.format.JsonOutput;
import org.tarjuman.cli.format.MergeText;
import org.tarjuman.cli.format.QaJson;
import org.tarjuman.cli.format.QaText;
import org.tarjuman.cli.format.SegmentText;
import org.tarjuman.cli.format.TmJson;
import org.tarjuman.cli.format.TmText;
import org.tarjuman.cli.format.XliffText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.WorkspaceWords;

/**
 * The Tarjuman console: {@code java -jar tarjuman.jar} opens the interactive shell, {@code java
 * -jar tarjuman.jar COMMAND ARGS…} runs one command and exits with 0 (ok), 2 (bad input) or 1 (any
 * other failure).
 *
 * <p>Commands live in one class per command group in this package ({@link ImportCommands}, {@link
 * DocumentCommands}, {@link SegmentCommands}, {@link DemoCommands}); the shell machinery is in
 * {@code org.tarjuman.cli.shell}, the output formats in {@code org.tarjuman.cli.format}.
 */
@SpringBootApplication
public class TarjumanApplication {

  /** Columns the text output is laid out for. */
  static final int WIDTH = 80;

  /** The exit status after Ctrl-C: 128 + SIGINT (2), as shells report it. */
  static final int INTERRUPTED = 130;

  public static void main(String[] args) {
    // Standard output and error are UTF-8 whatever the platform's default encoding is.
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    boolean debug = isDebug(System.getenv("TARJUMAN_DEBUG"));

    SpringApplication application = new SpringApplication(TarjumanApplication.class);
    // Program arguments are commands, never Spring properties ("--name" is an option of import).
    application.setAddCommandLineProperties(false);
    Map<String, Object> properties = new HashMap<>();
    // Spring Shell 4 runs the interactive shell unless told otherwise, ignoring the arguments.
    properties.put("spring.shell.interactive.enabled", args.length == 0);
    properties.put("spring.shell.debug.enabled", debug);
    application.setDefaultProperties(properties);
    if (debug) {
      // application-debug.properties: Spring Boot's start-up and failure reports.
      application.setAdditionalProfiles("debug");
    }

    if (args.length > 0) {
      stopOnInterrupt();
    }
    int exitCode;
    try {
      exitCode = SpringApplication.exit(application.run(args));
    } catch (RuntimeException e) {
      // The console itself failed to start; commands never get here (ExitStatusMapper maps theirs).
      if (debug) {
        e.printStackTrace();
      }
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      System.err.println(
          "Unexpected error: " + root.getMessage() + " (run with TARJUMAN_DEBUG=1 for details)");
      exitCode = ExitStatusMapper.FAILURE;
    }
    System.exit(exitCode);
  }

  /**
   * Ctrl-C during a one-shot command: say so and stop at once, exit status 130 (128 + SIGINT). The
   * write in progress was not committed; H2's store is crash-safe and drops it when the workspace is
   * next opened (PostgreSQL rolls back when the connection goes), so nothing of it is written. The
   * interactive shell keeps JLine's own Ctrl-C handling (it clears the line).
   */
  private static void stopOnInterrupt() {
    try {
      sun.misc.Signal.handle(
          new sun.misc.Signal("INT"),
          signal -> {
            // Holding the stream's lock until the halt: a progress line drawn by the command's
            // thread (Stderr.progress) cannot come after the message. The message starts a line
            // of its own, below a progress bar that shows how far the command got.
            synchronized (System.err) {
              System.err.println();
              System.err.println(
                  "interrupted: the unfinished write is rolled back, nothing of it is written");
              System.err.flush();
              Runtime.getRuntime().halt(INTERRUPTED);
            }
          });
    } catch (IllegalArgumentException e) {
      // No SIGINT on this platform: the JVM's default handling stays.
    }
  }

  private static boolean isDebug(String value) {
    return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
  }

  @Bean
  WorkbenchFactory workbenchFactory() {
    return WorkbenchFactory.fromEnvironment();
  }

  @Bean
  JsonOutput jsonOutput() {
    return new JsonOutput();
  }

  @Bean
  DocumentText documentText() {
    return new DocumentText(WIDTH);
  }

  @Bean
  SegmentText segmentText() {
    return new SegmentText(WIDTH);
  }

  @Bean
  TmText tmText() {
    return new TmText(WIDTH);
  }

  @Bean
  AlignText alignText() {
    return new AlignText(WIDTH);
  }

  @Bean
  TmJson tmJson() {
    return new TmJson();
  }

  @Bean
  ImportJson importJson() {
    return new ImportJson();
  }

  @Bean
  MergeText mergeText() {
    return new MergeText();
  }

  @Bean
  QaText qaText() {
    return new QaText(WIDTH);
  }

  @Bean
  QaJson qaJson() {
    return new QaJson();
  }

  @Bean
  WorkspaceWords workspaceWords(WorkbenchFactory workbenches) {
    return new WorkbenchWords(workbenches);
  }

  @Bean
  HelpText helpText() {
    return new HelpText(WIDTH);
  }

  @Bean
  DemoText demoText() {
    return new DemoText();
  }

  @Bean
  XliffText xliffText() {
    return new XliffText();
  }
}
