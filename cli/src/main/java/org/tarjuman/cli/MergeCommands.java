package org.tarjuman.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.MergeText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.Stderr;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.LanguageTags;
import org.tarjuman.core.model.MergeReport;

/** {@code merge}: the translated document in its original format. */
@Component
public class MergeCommands {

  static final String MERGE =
      "merge DOC --target en [--out FILE] [--force] [--require-complete] [--json]";

  private final WorkbenchFactory workbenches;
  private final MergeText text;
  private final Stderr stderr;

  public MergeCommands(WorkbenchFactory workbenches, MergeText text, Stderr stderr) {
    this.workbenches = workbenches;
    this.text = text;
    this.stderr = stderr;
  }

  @Command(
      name = "merge",
      group = "Translation",
      description = "Write the translated document in its original format",
      help =
          "Usage: "
              + MERGE
              + "\nWrites the latest version of DOC (an id or a name) translated into one target"
              + " language, in its original format (plain text, HTML, DOCX), with Okapi's filter"
              + " and writer over the stored original: one paragraph for each of the source's,"
              + " markup, hashtags, mentions and URLs as they were, and in HTML the target's lang"
              + " and dir. A segment without a translation (or only a needs-review suggestion)"
              + " keeps its source; with --require-complete nothing is written and those segments"
              + " are listed. --out is the file to write (replaced only with --force) or a folder; by"
              + " default NAME.TARGET.EXT in the current folder. The encoding is the original's"
              + " when it can hold the translation, else UTF-8."
              + "\nExample: merge article --target en --out article.en.txt",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String merge(
      @Argument(index = 0, description = "a document id or name") String document,
      @Option(longName = "target", required = true, description = "the target language, e.g. en")
          String target,
      @Option(longName = "out", description = "the file or folder to write") String out,
      @Option(
              longName = "require-complete",
              description = "write nothing unless every segment is translated")
          boolean requireComplete,
      @Option(longName = "force", description = "replace the file if it exists") boolean force,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    String doc = new Usage(MERGE).require(document, "DOC");
    MergeReport report;
    try (ProgressPrinter progress = ProgressPrinter.on(stderr, "merge")) {
      report =
          workbenches
              .workbench()
              .merge(
                  doc,
                  LanguageTags.parse(target),
                  Optional.ofNullable(out).filter(o -> !o.isBlank()).map(MergeCommands::output),
                  requireComplete,
                  force,
                  progress);
    }
    return asJson ? text.json(report) : text.mergeReport(report);
  }

  /** The --out path; one written as a folder ({@code out/}) must be an existing folder. */
  private static Path output(String out) {
    Path path = ImportCommands.path(out);
    if ((out.endsWith("/") || out.endsWith(File.separator)) && !Files.isDirectory(path)) {
      throw new InvalidInputException(out + ": no such folder");
    }
    return path;
  }
}
