package org.tarjuman.cli.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import org.tarjuman.core.InvalidInputException;

/**
 * Turns a command line into a command, its options and its arguments, and refuses what the command
 * does not declare.
 *
 * <p>It replaces Spring Shell 4.0.1's {@code DefaultCommandParser}, which ignores unknown options,
 * reads the word after a flag such as {@code --json} as the flag's value, and, in one-shot runs,
 * gets the program arguments joined by spaces (losing the quoting of a file name or an Arabic
 * phrase). Here a shell line is split into words first ({@link #parse(String)}: spaces separate,
 * single or double quotes group, a backslash escapes), and program arguments are taken as the words
 * they already are ({@link #parse(List)}). The syntax is Spring Shell's: {@code --name value},
 * {@code --name=value}, {@code -n value}; a boolean option is a flag; {@code --} ends the options;
 * {@code --help} or {@code -h} alone asks for the command's help.
 */
public final class CommandLineParser implements CommandParser {

  private final CommandRegistry registry;

  public CommandLineParser(CommandRegistry registry) {
    this.registry = registry;
  }

  @Override
  public ParsedInput parse(String line) {
    return parse(words(line));
  }

  /**
   * Parses words as the operating system's shell passes them.
   *
   * @throws InvalidInputException for an unknown option, an option without its value, an option
   *     given twice, or a missing required option
   */
  public ParsedInput parse(List<String> words) {
    if (words.isEmpty() || words.get(0).isBlank()) {
      throw new InvalidInputException("no command given; type 'help' to list the commands");
    }
    int nameLength = commandNameLength(words);
    if (nameLength == 0) {
      // Let the executor decide: it lists the sub-commands of a group, or reports it unknown.
      return ParsedInput.builder().commandName(words.get(0)).build();
    }
    Command command = registry.getCommandByName(String.join(" ", words.subList(0, nameLength)));
    ParsedInput.Builder input = ParsedInput.builder().commandName(words.get(0));
    words.subList(1, nameLength).forEach(input::addSubCommand);
    List<String> rest = words.subList(nameLength, words.size());
    if (rest.size() == 1 && (rest.get(0).equals("--help") || rest.get(0).equals("-h"))) {
      return helpFor(words.subList(0, nameLength), input);
    }
    requireMandatoryOptions(command, readOptionsAndArguments(command, rest, input));
    return input.build();
  }

  /**
   * {@code COMMAND --help}: the console's {@code help COMMAND} when there is one, else Spring
   * Shell's own help option.
   */
  private ParsedInput helpFor(List<String> name, ParsedInput.Builder input) {
    if (registry.getCommandByName("help") == null || name.equals(List.of("help"))) {
      return input
          .addOption(CommandOption.with().shortName('h').longName("help").value("true").build())
          .build();
    }
    ParsedInput.Builder help = ParsedInput.builder().commandName("help");
    for (int i = 0; i < name.size(); i++) {
      help.addArgument(new CommandArgument(i, name.get(i)));
    }
    return help.build();
  }

  /** Adds the options and arguments to {@code input}; returns the options given. */
  private static List<CommandOption> readOptionsAndArguments(
      Command command, List<String> words, ParsedInput.Builder input) {
    List<CommandOption> given = new ArrayList<>();
    int argumentIndex = 0;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("--")) {
        for (String argument : words.subList(i + 1, words.size())) {
          input.addArgument(new CommandArgument(argumentIndex++, argument));
        }
        break;
      }
      if (!isOptionLike(word)) {
        input.addArgument(new CommandArgument(argumentIndex++, word));
        continue;
      }
      String next = i + 1 < words.size() ? words.get(i + 1) : null;
      CommandOption option = readOption(command, word, next);
      if (given.stream().anyMatch(o -> Objects.equals(o.longName(), option.longName()))) {
        throw new InvalidInputException(
            "option --" + option.longName() + " is given twice; give it once");
      }
      if (!word.contains("=") && !isFlag(option)) {
        i++; // the next word was the option's value
      }
      given.add(option);
      input.addOption(option);
    }
    return given;
  }

  /**
   * The option {@code word} names, with its value: after {@code =}, {@code true} for a flag, else
   * the {@code next} word, which must be there and must not be one of the command's options.
   */
  private static CommandOption readOption(Command command, String word, String next) {
    int equals = word.indexOf('=');
    String name = equals < 0 ? word : word.substring(0, equals);
    CommandOption declared = declaredOption(command, name);
    String value;
    if (equals >= 0) {
      value = word.substring(equals + 1);
    } else if (isFlag(declared)) {
      value = "true";
    } else if (next != null && !isOptionOf(command, next)) {
      value = next;
    } else {
      throw new InvalidInputException(
          "option " + name + " needs a value; see 'help " + command.getName() + "'");
    }
    return CommandOption.with()
        .shortName(declared.shortName())
        .longName(declared.longName())
        .type(declared.type())
        .value(value)
        .build();
  }

  /** How many leading words name a registered command (two for {@code tm lookup}); 0 if none. */
  private int commandNameLength(List<String> words) {
    for (int length = words.size(); length > 0; length--) {
      if (registry.getCommandByName(String.join(" ", words.subList(0, length))) != null) {
        return length;
      }
    }
    return 0;
  }

  private static CommandOption declaredOption(Command command, String name) {
    return command.getOptions().stream()
        .filter(o -> o.isOptionEqual(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "unknown option "
                        + name
                        + " for '"
                        + command.getName()
                        + "'"
                        + knownOptions(command)));
  }

  private static String knownOptions(Command command) {
    if (command.getOptions().isEmpty()) {
      return "; it takes no options";
    }
    return "; its options: "
        + command.getOptions().stream()
            .map(o -> "--" + o.longName())
            .collect(Collectors.joining(", "));
  }

  private static void requireMandatoryOptions(Command command, List<CommandOption> given) {
    for (CommandOption option : command.getOptions()) {
      boolean required = Boolean.TRUE.equals(option.required());
      if (required
          && given.stream().noneMatch(o -> Objects.equals(o.longName(), option.longName()))) {
        throw new InvalidInputException(
            "missing option --" + option.longName() + "; see 'help " + command.getName() + "'");
      }
    }
  }

  private static boolean isFlag(CommandOption option) {
    return option.type() == boolean.class || option.type() == Boolean.class;
  }

  /** Whether a word is one of the command's options, so it cannot be the previous one's value. */
  private static boolean isOptionOf(Command command, String word) {
    String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
    return word.equals("--") || command.getOptions().stream().anyMatch(o -> o.isOptionEqual(name));
  }

  /** {@code --x} or {@code -x}, but not a negative number or a lone dash. */
  private static boolean isOptionLike(String word) {
    return word.startsWith("--")
        || (word.length() > 1 && word.charAt(0) == '-' && !Character.isDigit(word.charAt(1)));
  }

  /**
   * Splits a shell line into words: whitespace separates them, single quotes keep everything as it
   * is, double quotes keep everything but a backslash-escaped {@code "} or {@code \}, and outside
   * quotes a backslash escapes the next character.
   *
   * @throws InvalidInputException when a quote is not closed
   */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    Optional<Character> quote = Optional.empty();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote.isPresent()) {
        if (c == quote.get()) {
          quote = Optional.empty();
        } else if (c == '\\'
            && quote.get() == '"'
            && i + 1 < line.length()
            && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
          word.append(line.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = Optional.of(c);
        inWord = true;
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote.isPresent()) {
      throw new InvalidInputException("missing closing " + quote.get() + " in: " + line);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
