package org.tarjuman.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.JsonOutput;
import org.tarjuman.cli.format.XliffText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.ShellConfiguration;
import org.tarjuman.cli.shell.Stderr;
import org.tarjuman.core.model.LanguageTags;
import org.tarjuman.xliff.ExportReport;
import org.tarjuman.xliff.ImportXliffReport;
import org.tarjuman.xliff.model.XliffVersion;

/** {@code export-xliff} and {@code import-xliff}: the round trip with a translator's CAT tool. */
@Component
public class XliffCommands {

  static final String EXPORT =
      "export-xliff DOC --target en [--xliff 1.2|2.1] [--out FILE] [--force] [--json]";
  static final String IMPORT = "import-xliff FILE [--json]";

  private final WorkbenchFactory workbenches;
  private final XliffText text;
  private final JsonOutput json;
  private final Stderr stderr;

  public XliffCommands(
      WorkbenchFactory workbenches, XliffText text, JsonOutput json, Stderr stderr) {
    this.workbenches = workbenches;
    this.text = text;
    this.json = json;
    this.stderr = stderr;
  }

  @Command(
      name = "export-xliff",
      group = "Translation",
      description = "Write a document as XLIFF for a CAT tool",
      help =
          "Usage: "
              + EXPORT
              + "\nWrites the latest version of DOC (an id or a name) for one target language as"
              + " XLIFF 1.2 (the default, read by every CAT tool) or 2.1: one unit per segment,"
              + " existing translations as targets with their state, hashtags, mentions and URLs as"
              + " inline codes. --out is the file to write or a folder; by default"
              + " DOC-NAME.TARGET.xlf in the current folder. An existing file is replaced only"
              + " with --force."
              + "\nExample: export-xliff 1 --target en --out article.en.xlf",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String exportXliff(
      @Argument(index = 0, description = "a document id or name") String document,
      @Option(longName = "target", required = true, description = "the target language, e.g. en")
          String target,
      @Option(longName = "xliff", description = "the XLIFF version: 1.2 (default) or 2.1")
          String version,
      @Option(longName = "out", description = "the file or folder to write") String out,
      @Option(longName = "force", description = "replace the file if it exists") boolean force,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    String doc = new Usage(EXPORT).require(document, "DOC");
    XliffVersion xliff =
        Optional.ofNullable(version)
            .filter(v -> !v.isBlank())
            .map(XliffVersion::fromLabel)
            .orElse(XliffVersion.V1_2);
    Path file =
        Optional.ofNullable(out)
            .filter(o -> !o.isBlank())
            .map(ImportCommands::path)
            .orElse(Path.of(""));
    ExportReport report;
    try (ProgressPrinter progress = ProgressPrinter.on(stderr, "export-xliff")) {
      report =
          workbenches
              .xliff()
              .exportXliff(doc, LanguageTags.parse(target), xliff, file, force, progress);
    }
    return asJson ? json.exportXliff(report) : text.exportReport(report);
  }

  @Command(
      name = "import-xliff",
      group = "Translation",
      description = "Take translations back from an XLIFF file",
      help =
          "Usage: "
              + IMPORT
              + "\nReads an XLIFF 1.2 or 2.x file that export-xliff wrote and a CAT tool edited,"
              + " and stores its translations in one step: counts updated, unchanged, empty and"
              + " rejected units, and each rejected unit with the reason. A file that is not"
              + " well-formed or not from this workspace changes nothing."
              + "\nExample: import-xliff article.en.xlf",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN,
      completionProvider = ShellConfiguration.FILE_COMPLETION)
  public String importXliff(
      @Argument(index = 0, description = "the XLIFF file") String file,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    Path path = ImportCommands.path(new Usage(IMPORT).require(file, "FILE"));
    ImportXliffReport report = workbenches.xliff().importXliff(path);
    return asJson ? json.importXliff(report) : text.importReport(report);
  }
}
