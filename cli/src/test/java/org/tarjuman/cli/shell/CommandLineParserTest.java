package org.tarjuman.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import org.tarjuman.core.InvalidInputException;

class CommandLineParserTest {

  private final CommandLineParser parser = new CommandLineParser(registry());

  private static CommandRegistry registry() {
    CommandRegistry registry = new CommandRegistry();
    registry.registerCommand(
        Command.builder()
            .name("docs")
            .options(option("json", boolean.class, false))
            .execute(c -> {}));
    registry.registerCommand(
        Command.builder()
            .name("import")
            .options(
                option("source", String.class, true),
                option("target", String.class, true),
                option("name", String.class, false))
            .execute(c -> {}));
    registry.registerCommand(
        Command.builder()
            .name("find")
            .options(option("json", boolean.class, false), option("limit", Integer.class, false))
            .execute(c -> {}));
    registry.registerCommand(
        Command.builder()
            .name("tm lookup")
            .options(option("min", Integer.class, false))
            .execute(c -> {}));
    return registry;
  }

  private static CommandOption option(String name, Class<?> type, boolean required) {
    return CommandOption.with().longName(name).type(type).required(required).build();
  }

  private static Map<String, String> options(ParsedInput input) {
    return input.options().stream()
        .collect(Collectors.toMap(CommandOption::longName, CommandOption::value));
  }

  private static List<String> arguments(ParsedInput input) {
    return input.arguments().stream().map(CommandArgument::value).toList();
  }

  @Test
  void readsOptionsAndArgumentsInAnyOrder() {
    ParsedInput input = parser.parse("import --source ar a.txt --target=en,fr");

    assertThat(input.commandName()).isEqualTo("import");
    assertThat(arguments(input)).containsExactly("a.txt");
    assertThat(options(input)).containsEntry("source", "ar").containsEntry("target", "en,fr");
  }

  @Test
  void readsABooleanOptionAsAFlagEvenBeforeAnArgument() {
    ParsedInput input = parser.parse(List.of("find", "--json", "الوزير"));

    assertThat(options(input)).containsEntry("json", "true");
    assertThat(arguments(input)).containsExactly("الوزير");
  }

  @Test
  void keepsAQuotedArabicPhraseAsOneArgument() {
    ParsedInput input = parser.parse("find \"قال الوزير\" --limit 5");

    assertThat(arguments(input)).containsExactly("قال الوزير");
    assertThat(options(input)).containsEntry("limit", "5");
  }

  @Test
  void takesProgramArgumentsAsTheyAreWithoutRequoting() {
    ParsedInput input =
        parser.parse(List.of("import", "my file \"v2\".txt", "--source", "ar", "--target", "en"));

    assertThat(arguments(input)).containsExactly("my file \"v2\".txt");
  }

  @Test
  void splitsShellLinesWithQuotesAndEscapes() {
    assertThat(CommandLineParser.words("find 'it''s' a\\ b \"x \\\"y\\\"\""))
        .containsExactly("find", "its", "a b", "x \"y\"");
  }

  @Test
  void rejectsAnUnclosedQuote() {
    assertThatThrownBy(() -> parser.parse("find \"قال"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing closing \"");
  }

  @Test
  void rejectsAnUnknownOptionNamingTheKnownOnes() {
    assertThatThrownBy(() -> parser.parse("docs --bogus"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("unknown option --bogus for 'docs'; its options: --json");
  }

  @Test
  void rejectsAnOptionWithoutItsValue() {
    assertThatThrownBy(() -> parser.parse("import a.txt --target en --source"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("option --source needs a value");
    assertThatThrownBy(() -> parser.parse("import a.txt --source --target en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("option --source needs a value");
  }

  @Test
  void rejectsAMissingRequiredOption() {
    assertThatThrownBy(() -> parser.parse("import a.txt --source ar"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("missing option --target; see 'help import'");
  }

  @Test
  void rejectsAnOptionGivenTwice() {
    assertThatThrownBy(() -> parser.parse("import a.txt --source ar --target en --target fr"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--target is given twice");
  }

  @Test
  void asksForHelpWithoutRequiringTheMandatoryOptions() {
    ParsedInput input = parser.parse("import --help");

    assertThat(input.options())
        .singleElement()
        .satisfies(o -> assertThat(o.longName()).isEqualTo("help"));
  }

  @Test
  void readsEverythingAfterDoubleDashAsArguments() {
    ParsedInput input = parser.parse("find -- --json -x");

    assertThat(arguments(input)).containsExactly("--json", "-x");
    assertThat(input.options()).isEmpty();
  }

  @Test
  void readsATwoWordCommand() {
    ParsedInput input = parser.parse("tm lookup قال --min 70");

    assertThat(input.commandName()).isEqualTo("tm");
    assertThat(input.subCommands()).containsExactly("lookup");
    assertThat(arguments(input)).containsExactly("قال");
    assertThat(options(input)).containsEntry("min", "70");
  }

  @Test
  void leavesAnUnknownCommandToTheExecutor() {
    ParsedInput input = parser.parse("frobnicate --now");

    assertThat(input.commandName()).isEqualTo("frobnicate");
    assertThat(input.options()).isEmpty();
  }

  @Test
  void rejectsAnEmptyLine() {
    assertThatThrownBy(() -> parser.parse("   ")).isInstanceOf(InvalidInputException.class);
  }
}
