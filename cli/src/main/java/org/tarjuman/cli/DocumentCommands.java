package org.tarjuman.cli;

import java.util.List;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.DocumentText;
import org.tarjuman.cli.format.JsonOutput;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.workbench.Workbench;

/** {@code docs} and {@code stats}: what the workspace holds. */
@Component
public class DocumentCommands {

  static final String DOCS = "docs [--json]";
  static final String STATS = "stats [DOC] [--json]";

  private final WorkbenchFactory workbenches;
  private final DocumentText text;
  private final JsonOutput json;

  public DocumentCommands(WorkbenchFactory workbenches, DocumentText text, JsonOutput json) {
    this.workbenches = workbenches;
    this.text = text;
    this.json = json;
  }

  @Command(
      name = "docs",
      group = "Documents",
      description = "List the documents with their languages, counts and progress",
      help =
          "Usage: "
              + DOCS
              + "\nLists every document's latest version: id, version, languages, segments, words"
              + " and, per target language, how many segments are translated."
              + "\nExample: docs --json",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String docs(@Option(longName = "json", description = "print JSON") boolean asJson) {
    var documents = workbenches.workbench().documents();
    return asJson ? json.documents(documents) : text.documents(documents);
  }

  @Command(
      name = "stats",
      group = "Documents",
      description = "Count segments, words, characters, repetitions and TM match bands",
      help =
          "Usage: "
              + STATS
              + "\nCounts the segments, words, characters and repeated segments of a document's"
              + " latest version (DOC is an id or a name), or of every document, one per row."
              + " For one document, also its TM match bands per target language, in segments and"
              + " words, as a CAT tool's analysis: in-context, 100%, repetition, 95-99%, 85-94%,"
              + " 75-84%, 50-74%, no match."
              + "\nExample: stats 1",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String stats(
      @Argument(index = 0, description = "a document id or name; all documents if left out")
          String document,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    Workbench workbench = workbenches.workbench();
    if (document != null && !document.isBlank()) {
      DocumentStats stats =
          workbench.stats(document.trim()).withAnalyses(workbench.matchBands(document.trim()));
      return asJson ? json.stats(stats) : text.stats(stats);
    }
    List<DocumentStats> all =
        workbench.documents().stream().map(d -> workbench.stats(String.valueOf(d.id()))).toList();
    return asJson ? json.stats(all) : text.stats(all);
  }
}
