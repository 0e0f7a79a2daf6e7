package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.tarjuman.cli.format.HelpText;

/**
 * The README's command reference is the shell's own {@code help COMMAND} for every registered
 * command, between {@code <!-- commands:start -->} and {@code <!-- commands:end -->}. It fails when
 * they drift (a command, option or text changed) and says how to regenerate the block.
 */
class CommandReferenceTest extends SpringConsoleTest {

  static final String START = "<!-- commands:start -->";
  static final String END = "<!-- commands:end -->";
  static final String UPDATE = "tarjuman.readme.update";
  static final String REGENERATE =
      "mvn -B -o -pl cli -am test -Dtest=CommandReferenceTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true";

  /** Spring Shell's own commands, which have no usage line or example of their own. */
  private static final Set<String> SPRING_BUILT_INS = Set.of("clear", "history", "quit");

  private static final Path README = Path.of("..", "README.md");

  @Test
  void readmeReferenceIsTheShellsHelpForEveryCommand() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README.md has a %s … %s block", START, END).isNotNegative();
    assertThat(end).isGreaterThan(start);
    String expected = reference();
    String actual = readme.substring(start + START.length(), end);
    if (actual.equals(expected)) {
      return;
    }
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(
          README,
          readme.substring(0, start + START.length()) + expected + readme.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    fail("README.md's command reference differs from the shell's help; regenerate it with:\n  "
        + REGENERATE);
  }

  @Test
  void everyCommandOfTheConsoleHasHelpWithUsageAndExample() {
    for (Command command : new ArrayList<>(registry.getCommands())) {
      if (SPRING_BUILT_INS.contains(command.getName())) {
        continue;
      }
      Run help = run("help", command.getName());
      assertThat(help.exitCode()).as(command.getName()).isZero();
      assertThat(help.out())
          .as("help %s needs a 'Usage: ' and an 'Example: ' line in the command's help", command.getName())
          .contains("Usage: ", "Example");
    }
  }

  private String reference() {
    StringBuilder out = new StringBuilder("\n<!-- Generated from `help COMMAND` by CommandReferenceTest;"
        + " regenerate with: " + REGENERATE + " -->\n");
    for (Command command : HelpText.sorted(new ArrayList<>(registry.getCommands()))) {
      out.append("\n#### ").append(command.getName()).append("\n\n```text\n");
      out.append(run("help", command.getName()).out().stripTrailing()).append("\n```\n");
    }
    return out.append('\n').toString();
  }
}
