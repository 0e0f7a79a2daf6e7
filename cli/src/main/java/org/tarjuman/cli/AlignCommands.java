package org.tarjuman.cli;

import java.nio.file.Path;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.AlignText;
import org.tarjuman.cli.format.JsonOutput;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.ShellConfiguration;
import org.tarjuman.cli.shell.Stderr;
import org.tarjuman.core.model.AlignmentReport;
import org.tarjuman.core.model.LanguageTags;

/** {@code align}: a translation made elsewhere, aligned with a document and stored. */
@Component
public class AlignCommands {

  static final String ALIGN = "align DOC FILE --target en [--json]";

  private final WorkbenchFactory workbenches;
  private final AlignText text;
  private final JsonOutput json;
  private final Stderr stderr;

  public AlignCommands(
      WorkbenchFactory workbenches, AlignText text, JsonOutput json, Stderr stderr) {
    this.workbenches = workbenches;
    this.text = text;
    this.json = json;
    this.stderr = stderr;
  }

  @Command(
      name = "align",
      group = "Translation",
      description = "Align a translation made elsewhere with a document",
      help =
          "Usage: "
              + ALIGN
              + "\nReads FILE (any format import takes) as the translation of DOC's latest version"
              + " into the target language, segments it with that language's rules, and aligns"
              + " it: paragraphs first, then sentences by their lengths (Gale-Church) and anchors"
              + " (numbers, hashtags, mentions, URLs, Latin names, ? ! : and quotes), as 1:1, 1:2,"
              + " 2:1, 1:0 or 0:1 pairs. The pairs are stored in one step as translations with"
              + " origin aligned and the pair's confidence as score, translated when confident"
              + " (and added to the TM), needs-review otherwise; earlier translations are kept in"
              + " their history. A file that does not"
              + " look like a translation of DOC is refused and nothing is stored."
              + "\nExample: align article article.en.txt --target en",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN,
      completionProvider = ShellConfiguration.FILE_COMPLETION)
  public String align(
      @Argument(index = 0, description = "a document id or name") String document,
      @Argument(index = 1, description = "the translation file") String file,
      @Option(longName = "target", required = true, description = "the translation's language")
          String target,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    Usage usage = new Usage(ALIGN);
    String doc = usage.require(document, "DOC");
    Path path = ImportCommands.path(usage.require(file, "FILE"));
    AlignmentReport report;
    try (ProgressPrinter progress = ProgressPrinter.on(stderr, "align")) {
      report = workbenches.workbench().align(doc, path, LanguageTags.parse(target), progress);
    }
    return asJson ? json.alignment(path, report) : text.report(path, report);
  }
}
