package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandRegistry;
import org.tarjuman.cli.shell.CommandLineParser;
import org.tarjuman.cli.shell.ConsoleRunner;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.Stderr;

/**
 * What the Spring-wired command tests share: the console as Spring Shell wires it, on a fake
 * workspace, and a way to run one command the way {@code java -jar tarjuman.jar ARGS…} does.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
@Import(SpringConsoleTest.FakeWorkspace.class)
abstract class SpringConsoleTest {

  @TestConfiguration
  static class FakeWorkspace {
    @Bean
    FakeWorkspaces fakeWorkspaces() {
      return new FakeWorkspaces();
    }

    @Bean
    @Primary
    WorkbenchFactory fakeWorkbenchFactory(FakeWorkspaces workspaces) {
      return workspaces.factory();
    }
  }

  /** What one command printed and its exit code. */
  record Run(int exitCode, String out, String err) {}

  @Autowired ApplicationContext context;
  @Autowired CommandLineParser parser;
  @Autowired CommandRegistry registry;
  @Autowired ExitStatusMapper mapper;
  @Autowired WorkbenchFactory workbenches;
  @Autowired FakeWorkspaces workspaces;
  @TempDir Path files;

  final ObjectMapper json = new ObjectMapper();

  FakeWorkbench fake() {
    return (FakeWorkbench) workbenches.workbench();
  }

  @AfterEach
  void stopFailing() {
    fake().failWith(null);
  }

  Run run(String... words) {
    return runOnce(context, words);
  }

  /** Runs one command in {@code context}'s console, as {@code java -jar tarjuman.jar} does. */
  static Run runOnce(ApplicationContext context, String... words) {
    StringWriter out = new StringWriter();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Stderr stderr =
        new Stderr(new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), () -> false);
    ConsoleRunner runner =
        new ConsoleRunner(
            context.getBeanProvider(ShellRunner.class),
            /* interactive= */ false,
            context.getBean(CommandLineParser.class),
            context.getBean(CommandRegistry.class),
            context.getBean(ExitStatusMapper.class),
            stderr,
            new PrintWriter(out));
    int code = runner.runOnce(List.of(words));
    return new Run(code, out.toString(), err.toString(StandardCharsets.UTF_8));
  }

  static void assertBadInput(Run run, String... messageParts) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("error: ")
        .contains(messageParts);
  }
}
