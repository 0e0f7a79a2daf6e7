package org.tarjuman.cli.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;

/**
 * The console's help, rendered from the commands as Spring Shell registered them, so that a new
 * command appears here (and in the README's command reference) without any change to this class.
 *
 * <p>A command's {@code help} attribute is read by convention: a first line {@code Usage: …}, then
 * what the command does, and lines starting {@code Example: } with real commands to try. Options
 * come from the command's declared options, with their descriptions and defaults.
 */
public final class HelpText {

  private static final String USAGE = "Usage: ";
  private static final String EXAMPLE = "Example: ";
  private static final String INDENT = "  ";

  private final int width;

  public HelpText(int width) {
    this.width = width;
  }

  /** Every visible command by group, one line each: name and summary. */
  public String overview(List<Command> commands) {
    Map<String, List<Command>> groups = new LinkedHashMap<>();
    for (Command c : sorted(commands)) {
      groups.computeIfAbsent(group(c), g -> new ArrayList<>()).add(c);
    }
    StringBuilder out = new StringBuilder();
    groups.forEach(
        (group, members) -> {
          out.append(group).append('\n');
          TextTable rows = new TextTable(width).column("").column("");
          members.forEach(c -> rows.row(INDENT + c.getName(), summary(c)));
          out.append(withoutHeader(rows));
        });
    return out.append("\nhelp COMMAND shows a command's options and an example.").toString();
  }

  /** One command: summary, usage, what it does, every option, and its examples. */
  public String command(Command command) {
    Parts parts = parts(command);
    StringBuilder out = new StringBuilder();
    out.append(command.getName()).append(" - ").append(summary(command)).append("\n\n");
    out.append(TextTable.wrapAfter(USAGE, parts.usage(), width)).append('\n');
    if (!parts.text().isBlank()) {
      out.append('\n');
      TextTable.wrap(parts.text(), width).forEach(line -> out.append(line).append('\n'));
    }
    List<CommandOption> options =
        command.getOptions().stream().filter(o -> !"help".equals(o.longName())).toList();
    if (!options.isEmpty()) {
      out.append("\nOptions\n");
      TextTable table = new TextTable(width).column("").column("");
      options.forEach(o -> table.row(INDENT + optionName(o), optionText(o)));
      out.append(withoutHeader(table));
    }
    if (!parts.examples().isEmpty()) {
      out.append(parts.examples().size() == 1 ? "\nExample\n" : "\nExamples\n");
      parts.examples().forEach(e -> out.append(INDENT).append(e).append('\n'));
    }
    return out.toString().stripTrailing();
  }

  /** A table's rows without its (blank) header line. */
  private static String withoutHeader(TextTable table) {
    StringBuilder out = new StringBuilder();
    table.render().lines().skip(1).forEach(line -> out.append(line.stripTrailing()).append('\n'));
    return out.toString();
  }

  /** The commands in the order help lists them: by group, then by name. */
  public static List<Command> sorted(List<Command> commands) {
    return commands.stream()
        .filter(c -> !c.isHidden())
        .sorted(Comparator.comparing(HelpText::group).thenComparing(Command::getName))
        .toList();
  }

  private static String group(Command c) {
    return c.getGroup() == null || c.getGroup().isBlank() ? "Other" : c.getGroup();
  }

  private static String summary(Command c) {
    return c.getDescription() == null ? "" : c.getDescription();
  }

  private static String optionName(CommandOption o) {
    String name = "--" + o.longName();
    if (o.shortName() != ' ' && o.shortName() != '\0') {
      name = "-" + o.shortName() + ", " + name;
    }
    boolean flag = o.type() == boolean.class || o.type() == Boolean.class;
    return flag ? name : name + " " + o.longName().toUpperCase(Locale.ROOT);
  }

  private static String optionText(CommandOption o) {
    StringBuilder text = new StringBuilder(o.description() == null ? "" : o.description());
    if (Boolean.TRUE.equals(o.required())) {
      text.append(" (required)");
    } else if (o.defaultValue() != null && !o.defaultValue().isBlank()) {
      text.append(" (default ").append(o.defaultValue()).append(')');
    }
    return text.toString();
  }

  private static Parts parts(Command command) {
    String help = command.getHelp() == null ? "" : command.getHelp();
    String usage = command.getName();
    StringBuilder text = new StringBuilder();
    List<String> examples = new ArrayList<>();
    for (String line : help.split("\n")) {
      if (line.startsWith(USAGE)) {
        usage = line.substring(USAGE.length()).trim();
      } else if (line.startsWith(EXAMPLE)) {
        examples.add(line.substring(EXAMPLE.length()).trim());
      } else if (!line.isBlank()) {
        text.append(text.length() == 0 ? "" : " ").append(line.trim());
      }
    }
    return new Parts(usage, text.toString(), examples);
  }

  private record Parts(String usage, String text, List<String> examples) {}
}
