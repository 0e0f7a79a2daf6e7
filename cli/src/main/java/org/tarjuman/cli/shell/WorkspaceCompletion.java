package org.tarjuman.cli.shell;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.tarjuman.core.model.Status;

/**
 * Tab completion from the workspace, for any command: the values of {@code --source}, {@code
 * --target} (language tags the documents use) and {@code --status}, and a first argument that the
 * command's usage line names {@code DOC} (document names and ids) or {@code ID} (segment ids). A
 * command added later is completed the same way as soon as its usage line says so.
 */
public final class WorkspaceCompletion {

  private static final int MAX_PROPOSALS = 200;

  private final Supplier<WorkspaceWords> words;

  public WorkspaceCompletion(Supplier<WorkspaceWords> words) {
    this.words = words;
  }

  /** What to propose for the word at the context's position; empty when nothing fits. */
  public List<CompletionProposal> propose(CompletionContext context) {
    CommandOption option = context.getCommandOption();
    String typed = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
    List<String> values;
    if (option != null) {
      values =
          switch (option.longName()) {
            case "source", "target" -> words.get().languages();
            case "status" -> Arrays.stream(Status.values()).map(Status::label).toList();
            default -> List.of();
          };
    } else if (typed.startsWith("-") || !isFirstArgument(context)) {
      values = List.of();
    } else {
      values =
          switch (firstArgument(context.getCommand())) {
            case "DOC" -> words.get().documents();
            case "ID" -> words.get().segmentIds();
            default -> List.of();
          };
    }
    return values.stream()
        .filter(v -> v.startsWith(typed))
        .distinct()
        .limit(MAX_PROPOSALS)
        .map(CompletionProposal::new)
        .toList();
  }

  /** Whether the word being completed is the first word after the command's name. */
  private static boolean isFirstArgument(CompletionContext context) {
    int nameWords = context.getCommand().getName().split(" ").length;
    return context.getWordIndex() == nameWords;
  }

  /** The placeholder of the command's first argument in its {@code Usage:} line, e.g. DOC. */
  static String firstArgument(Command command) {
    String help = command.getHelp() == null ? "" : command.getHelp();
    String prefix = "Usage: " + command.getName() + " ";
    for (String line : help.split("\n")) {
      if (line.startsWith(prefix)) {
        String first = line.substring(prefix.length()).split(" ")[0];
        return first.replace("[", "").replace("]", "");
      }
    }
    return "";
  }
}
