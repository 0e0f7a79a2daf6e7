package org.tarjuman.cli.shell;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

/**
 * Tab completion of file paths where a command expects a file: its arguments and the options named
 * in {@code fileOptions}; nothing while an option name or another option's value is typed.
 */
public final class FileCompletion implements CompletionProvider {

  private final FileNameCompletionProvider files = new FileNameCompletionProvider();
  private final Set<String> fileOptions;

  public FileCompletion(Set<String> fileOptions) {
    this.fileOptions = Set.copyOf(fileOptions);
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    CommandOption option = context.getCommandOption();
    String word = context.currentWordUpToCursor();
    boolean fileExpected =
        option == null
            ? word == null || !word.startsWith("-")
            : fileOptions.contains(option.longName()) && word != null && !word.startsWith("-");
    if (!fileExpected) {
      return List.of();
    }
    try {
      return files.apply(context);
    } catch (UncheckedIOException e) {
      // The folder typed so far does not exist or cannot be read: nothing to propose.
      return List.of();
    }
  }
}
