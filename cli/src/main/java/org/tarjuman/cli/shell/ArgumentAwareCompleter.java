package org.tarjuman.cli.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion that also works after a command's positional arguments.
 *
 * <p>Spring Shell 4.0.1's {@link CommandCompleter} takes every word before the first option as part
 * of the command's name, so once a file name has been typed ({@code import article.txt --so<TAB>})
 * it no longer finds the command, and it cannot complete the file name itself. Here the command is
 * the longest run of leading words that names one, as in {@link CommandLineParser}; after it come
 * the options not given yet and whatever the command's completion provider proposes (file paths,
 * statuses), told which option's value is being typed. Command names themselves are still completed
 * by Spring Shell.
 */
public final class ArgumentAwareCompleter extends CommandCompleter {

  private final CommandRegistry registry;
  private final WorkspaceCompletion workspace;

  public ArgumentAwareCompleter(CommandRegistry registry, WorkspaceCompletion workspace) {
    super(registry);
    this.registry = registry;
    this.workspace = workspace;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    int index = Math.max(0, Math.min(line.wordIndex(), words.size()));
    Command command = commandBefore(words, index);
    if (command == null) {
      super.complete(reader, line, candidates);
      return;
    }
    String current = index < words.size() ? line.word().substring(0, line.wordCursor()) : "";
    CommandOption valueOf = optionTakingValue(command, words, index);
    if (valueOf == null && (current.isEmpty() || current.startsWith("-"))) {
      for (CommandOption option : command.getOptions()) {
        if (!isGiven(words, index, option)) {
          String name = "--" + option.longName();
          candidates.add(new Candidate(name, name, null, option.description(), null, null, true));
        }
      }
    }
    CompletionContext context =
        new CompletionContext(words, index, line.wordCursor(), command, valueOf);
    List<CompletionProposal> proposals = new ArrayList<>(command.getCompletionProvider().apply(context));
    Set<String> proposed = new HashSet<>();
    proposals.forEach(p -> proposed.add(p.value()));
    workspace.propose(context).stream().filter(p -> proposed.add(p.value())).forEach(proposals::add);
    for (CompletionProposal proposal : proposals) {
      candidates.add(
          new Candidate(
              proposal.value(),
              proposal.displayText(),
              proposal.category(),
              proposal.description(),
              null,
              null,
              proposal.complete()));
    }
  }

  /** The command named by the longest run of words before the one being completed, if any. */
  private Command commandBefore(List<String> words, int index) {
    for (int length = index; length > 0; length--) {
      Command command = registry.getCommandByName(String.join(" ", words.subList(0, length)));
      if (command != null) {
        return command;
      }
    }
    return null;
  }

  /** The option whose value the word being completed is: the previous word, unless a flag. */
  private static CommandOption optionTakingValue(Command command, List<String> words, int index) {
    if (index == 0) {
      return null;
    }
    String previous = words.get(index - 1);
    return command.getOptions().stream()
        .filter(o -> o.isOptionEqual(previous))
        .filter(o -> o.type() != boolean.class && o.type() != Boolean.class)
        .findFirst()
        .orElse(null);
  }

  private static boolean isGiven(List<String> words, int index, CommandOption option) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (i != index
          && (option.isOptionEqual(word) || word.startsWith("--" + option.longName() + "="))) {
        return true;
      }
    }
    return false;
  }
}
