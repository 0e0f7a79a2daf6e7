package org.tarjuman.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionProposal;

class ArgumentAwareCompleterTest {

  @TempDir Path folder;

  /** A workspace with one document, article.txt (id 1, ar → en, fr), of segments 11 to 13. */
  private static final WorkspaceWords WORDS =
      new WorkspaceWords() {
        @Override
        public List<String> documents() {
          return List.of("article.txt", "1");
        }

        @Override
        public List<String> segmentIds() {
          return List.of("11", "12", "13");
        }

        @Override
        public List<String> languages() {
          return List.of("ar", "en", "fr");
        }
      };

  private final ArgumentAwareCompleter completer =
      new ArgumentAwareCompleter(registry(), new WorkspaceCompletion(() -> WORDS));

  private static CommandRegistry registry() {
    CommandRegistry registry = new CommandRegistry();
    registry.registerCommand(
        Command.builder()
            .name("import")
            .options(option("source", String.class), option("srx", String.class))
            .completionProvider(new FileCompletion(Set.of("srx")))
            .execute(c -> {}));
    registry.registerCommand(
        Command.builder()
            .name("segments")
            .help("Usage: segments DOC [--target en] [--status S] [--json]")
            .options(
                option("target", String.class),
                option("status", String.class),
                option("json", boolean.class))
            .completionProvider(
                context ->
                    context.getCommandOption() != null
                        ? List.of(new CompletionProposal("new"), new CompletionProposal("final"))
                        : List.of())
            .execute(c -> {}));
    registry.registerCommand(
        Command.builder()
            .name("segment")
            .help("Usage: segment ID [--target en]")
            .options(option("target", String.class))
            .execute(c -> {}));
    return registry;
  }

  private static CommandOption option(String name, Class<?> type) {
    return CommandOption.with().longName(name).type(type).build();
  }

  private List<String> complete(String line) {
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(
        null, new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE), candidates);
    return candidates.stream().map(Candidate::value).toList();
  }

  @Test
  void completesCommandNames() {
    assertThat(complete("imp")).contains("import");
  }

  @Test
  void completesAFilePathAsTheFirstArgument() throws IOException {
    Files.writeString(folder.resolve("article.txt"), "x");

    assertThat(complete("import " + folder + "/art")).containsExactly(folder + "/article.txt");
  }

  @Test
  void completesOptionsAfterAnArgument() {
    assertThat(complete("import article.txt --s")).contains("--source", "--srx");
    assertThat(complete("import article.txt --source ar --"))
        .contains("--srx")
        .doesNotContain("--source");
  }

  @Test
  void completesAFilePathOnlyAsTheValueOfAFileOption() throws IOException {
    Files.writeString(folder.resolve("rules.srx"), "x");

    assertThat(complete("import a.txt --srx " + folder + "/ru"))
        .containsExactly(folder + "/rules.srx");
    assertThat(complete("import a.txt --source " + folder + "/ru")).isEmpty();
  }

  @Test
  void completesTheValueOfAnOptionAfterAnArgument() {
    assertThat(complete("segments 1 --status "))
        .startsWith("new", "final")
        .contains("reviewed", "translated")
        .doesNotHaveDuplicates();
  }

  @Test
  void completesDocumentNamesAndIdsWhereTheUsageSaysDoc() {
    assertThat(complete("segments ")).contains("article.txt", "1", "--target");
    assertThat(complete("segments art")).containsExactly("article.txt");
    assertThat(complete("segments article.txt ")).doesNotContain("article.txt", "1");
  }

  @Test
  void completesSegmentIdsWhereTheUsageSaysId() {
    assertThat(complete("segment 1")).containsExactly("11", "12", "13");
    assertThat(complete("segment 12")).containsExactly("12");
  }

  @Test
  void completesLanguageTagsOfTheWorkspace() {
    assertThat(complete("segment 12 --target ")).containsExactly("ar", "en", "fr");
    assertThat(complete("segment 12 --target e")).containsExactly("en");
  }

  @Test
  void takesAFlagToHaveNoValue() {
    assertThat(complete("segments 1 --json ")).contains("--status").doesNotContain("--json", "new");
  }
}
