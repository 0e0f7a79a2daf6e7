package org.tarjuman.cli.shell;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.jline.PromptProvider;
import org.tarjuman.core.model.Status;

/**
 * How Spring Shell is set up for Tarjuman: the parser, the runner, the exit status mapper, the tab
 * completer, the UTF-8 terminal, the prompt and the completions commands refer to by name.
 */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

  /** The completion of file paths, for {@code import FILE} and {@code --srx}. */
  public static final String FILE_COMPLETION = "fileCompletion";

  /** The completion of {@code --status} values. */
  public static final String STATUS_COMPLETION = "statusCompletion";

  /** Whether {@code TARJUMAN_DEBUG} switches debugging on. */
  public static boolean debug(Environment environment) {
    String value = environment.getProperty("TARJUMAN_DEBUG", "");
    return value.equals("1") || value.equalsIgnoreCase("true");
  }

  @Bean
  Stderr stderr() {
    return Stderr.system(System.getenv());
  }

  @Bean(ExitStatusMapper.BEAN)
  ExitStatusMapper exitStatusMapper(Stderr stderr, Environment environment) {
    return new ExitStatusMapper(stderr, debug(environment));
  }

  @Bean
  CommandLineParser commandParser(CommandRegistry registry) {
    return new CommandLineParser(registry);
  }

  @Bean
  ConsoleRunner consoleRunner(
      ObjectProvider<ShellRunner> interactiveShell,
      Environment environment,
      CommandLineParser parser,
      CommandRegistry registry,
      ExitStatusMapper mapper,
      Stderr stderr) {
    boolean interactive =
        environment.getProperty("spring.shell.interactive.enabled", Boolean.class, true);
    // System.out is UTF-8: TarjumanApplication.main sets it before Spring starts.
    PrintWriter out = new PrintWriter(System.out, /* autoFlush= */ false);
    return new ConsoleRunner(interactiveShell, interactive, parser, registry, mapper, stderr, out);
  }

  @Bean
  ArgumentAwareCompleter commandCompleter(
      CommandRegistry registry, ObjectProvider<WorkspaceWords> workspaceWords) {
    // The workspace is opened on the first Tab that needs it, not at start-up.
    return new ArgumentAwareCompleter(
        registry, new WorkspaceCompletion(workspaceWords::getObject));
  }

  @Bean
  TerminalCustomizer utf8Terminal() {
    return builder -> builder.encoding(StandardCharsets.UTF_8);
  }

  @Bean
  PromptProvider promptProvider() {
    // The prompt is only shown on a terminal; NO_COLOR (https://no-color.org) keeps it plain.
    String noColor = System.getenv("NO_COLOR");
    AttributedStyle style =
        noColor != null && !noColor.isEmpty()
            ? AttributedStyle.DEFAULT
            : AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    return () -> new AttributedString("tarjuman> ", style);
  }

  @Bean(FILE_COMPLETION)
  CompletionProvider fileCompletion() {
    return new FileCompletion(Set.of("srx"));
  }

  @Bean(STATUS_COMPLETION)
  CompletionProvider statusCompletion() {
    List<CompletionProposal> statuses =
        Arrays.stream(Status.values()).map(s -> new CompletionProposal(s.label())).toList();
    return context ->
        context.getCommandOption() != null && "status".equals(context.getCommandOption().longName())
            ? statuses
            : List.of();
  }
}
