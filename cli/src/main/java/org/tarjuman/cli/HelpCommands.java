package org.tarjuman.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.HelpText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.core.InvalidInputException;

/**
 * {@code help} and {@code help COMMAND}, in place of Spring Shell 4.0.1's built-in help, which
 * shows neither a command's usage line nor its examples and runs its options together. Rendered
 * from the command registry by {@link HelpText}, so every command, including ones added later,
 * has help; {@code COMMAND --help} shows the same (see {@code CommandLineParser}).
 */
@Component
public class HelpCommands {

  static final String HELP = "help [COMMAND]";

  private final ObjectProvider<CommandRegistry> registry;
  private final HelpText text;

  /** The registry is looked up when help runs: it is built from the commands, this one included. */
  public HelpCommands(ObjectProvider<CommandRegistry> registry, HelpText text) {
    this.registry = registry;
    this.text = text;
  }

  @org.springframework.shell.core.command.annotation.Command(
      name = "help",
      group = "Built-In Commands",
      description = "List the commands, or show one command's options and an example",
      help =
          "Usage: "
              + HELP
              + "\nWithout COMMAND, lists every command by group with a one-line summary. With"
              + " COMMAND (e.g. tm lookup), shows its usage, what it does, every option and an"
              + " example. COMMAND --help shows the same."
              + "\nExample: help tm lookup",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String help(@Arguments List<String> words) {
    if (words == null || words.isEmpty()) {
      return text.overview(new ArrayList<>(registry.getObject().getCommands()));
    }
    String name = String.join(" ", words).trim();
    Command command = registry.getObject().getCommandByName(name);
    if (command == null) {
      throw new InvalidInputException("no command '" + name + "'; type 'help' to list them");
    }
    return text.command(command);
  }
}
