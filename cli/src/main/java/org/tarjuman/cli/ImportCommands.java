package org.tarjuman.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.DocumentText;
import org.tarjuman.cli.format.ImportJson;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.ShellConfiguration;
import org.tarjuman.cli.shell.Stderr;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.LanguageTags;

/** {@code import}: a document into the workspace, or a new version of one already there. */
@Component
public class ImportCommands {

  static final String IMPORT =
      "import FILE --source ar --target en[,fr] [--name N] [--srx RULES.srx] [--json]";

  private static final Usage USAGE = new Usage(IMPORT);

  private final WorkbenchFactory workbenches;
  private final DocumentText text;
  private final ImportJson json;
  private final Stderr stderr;

  public ImportCommands(
      WorkbenchFactory workbenches, DocumentText text, ImportJson json, Stderr stderr) {
    this.workbenches = workbenches;
    this.text = text;
    this.json = json;
    this.stderr = stderr;
  }

  @Command(
      name = "import",
      group = "Documents",
      description = "Import a document, or a new version of one with the same name",
      help =
          "Usage: "
              + IMPORT
              + "\nImports FILE (plain text, HTML, DOCX) as a new document, or as a new version of"
              + " the document with the same name, and prints its id, version, type and counts."
              + "\nA new version's segments are linked to the previous version's (unchanged, moved,"
              + " edited, split, merged, new; old ones deleted): unchanged and moved segments keep"
              + " their translations, edited, split and merged ones get the old translation as a"
              + " needs-review suggestion."
              + "\nLanguages are BCP 47 tags; --name defaults to the file name; --srx replaces"
              + " Tarjuman's segmentation rules with an SRX 2.0 file."
              + "\nExample: import article.txt --source ar --target en",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN,
      completionProvider = ShellConfiguration.FILE_COMPLETION)
  public String importFile(
      @Argument(index = 0, description = "the document to import") String file,
      @Option(longName = "source", required = true, description = "source language, e.g. ar")
          String source,
      @Option(longName = "target", required = true, description = "target languages, e.g. en,fr")
          String targets,
      @Option(longName = "name", description = "the document's name (default: the file name)")
          String name,
      @Option(longName = "srx", description = "segmentation rules (SRX 2.0) to use instead")
          String srx,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    ImportRequest request =
        new ImportRequest(
            path(USAGE.require(file, "FILE")),
            LanguageTags.parse(source),
            LanguageTags.parseList(targets),
            Optional.ofNullable(name).map(String::trim).filter(n -> !n.isEmpty()),
            Optional.ofNullable(srx).filter(s -> !s.isBlank()).map(ImportCommands::path));
    ImportReport report;
    try (ProgressPrinter progress = ProgressPrinter.on(stderr, "import")) {
      report = workbenches.workbench().importFile(request, progress);
    }
    return asJson ? json.importReport(report) : text.importReport(report);
  }

  static Path path(String file) {
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      throw new InvalidInputException("'" + file + "' is not a valid file path: " + e.getReason());
    }
  }
}
