package org.tarjuman.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.TmJson;
import org.tarjuman.cli.format.TmText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.ShellConfiguration;
import org.tarjuman.cli.shell.Stderr;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.LanguageTags;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.model.TmxExportReport;
import org.tarjuman.core.model.TmxImportReport;

/** {@code tm lookup}, {@code tm import}, {@code tm export}, {@code tm stats}: the TM. */
@Component
public class TmCommands {

  static final String LOOKUP =
      "tm lookup TEXT --source ar --target en [--min 70] [--limit 5] [--json]";
  static final String IMPORT = "tm import FILE.tmx [--source ar --target en] [--json]";
  static final String EXPORT = "tm export FILE.tmx [--source ar --target en] [--force] [--json]";
  static final String STATS = "tm stats [--json]";

  private static final int MAX_LIMIT = 100;

  private final WorkbenchFactory workbenches;
  private final TmText text;
  private final TmJson json;
  private final Stderr stderr;

  public TmCommands(WorkbenchFactory workbenches, TmText text, TmJson json, Stderr stderr) {
    this.workbenches = workbenches;
    this.text = text;
    this.json = json;
    this.stderr = stderr;
  }

  @Command(
      name = "tm lookup",
      group = "Translation memory",
      description = "Find TM matches for a text, best first",
      help =
          "Usage: "
              + LOOKUP
              + "\nPrints the TM units whose source matches TEXT by --min percent or more (1-100,"
              + " default 70), at most --limit (default 5), best first: score (100 exact, 101 in"
              + " context), origin, date, the source with what differs from TEXT marked ({+only in"
              + " the match+}, [-only in TEXT-]), and the target. Matching ignores Arabic"
              + " diacritics, tatweel, alef and yeh/teh marbuta forms, digit shapes and case."
              + "\nExample: tm lookup \"وتسمح مذكرة التفاهم\" --source ar --target en --min 60",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String lookup(
      @Arguments List<String> words,
      @Option(longName = "source", required = true, description = "source language, e.g. ar")
          String source,
      @Option(longName = "target", required = true, description = "target language, e.g. en")
          String target,
      @Option(longName = "min", defaultValue = "70", description = "lowest score, 1-100")
          Integer min,
      @Option(longName = "limit", defaultValue = "5", description = "at most this many matches")
          Integer limit,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    String query =
        new Usage(LOOKUP).require(String.join(" ", words == null ? List.of() : words), "TEXT");
    int minScore = min == null ? 70 : min;
    int max = limit == null ? 5 : limit;
    if (max < 1 || max > MAX_LIMIT) {
      throw new InvalidInputException(
          "--limit must be between 1 and " + MAX_LIMIT + ", not " + max);
    }
    List<TmMatch> matches =
        workbenches
            .workbench()
            .tmLookup(query, LanguageTags.parse(source), LanguageTags.parse(target), minScore, max);
    return asJson ? json.lookup(query, matches) : text.lookup(query, matches, minScore);
  }

  @Command(
      name = "tm import",
      group = "Translation memory",
      description = "Import the units of one language pair from a TMX file",
      help =
          "Usage: "
              + IMPORT
              + "\nAdds the units of FILE.tmx (TMX 1.4b) that have both languages to the TM, in"
              + " one transaction: a malformed or unsafe file, or one without the pair, changes"
              + " nothing. Units already in the TM are left out. Without --source, the pair's"
              + " source is the header's srclang; without --target, the only other language of"
              + " the units; when that is not clear, nothing is imported and the file's languages"
              + " are named."
              + "\nExample: tm import memory.tmx --source ar --target en",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN,
      completionProvider = ShellConfiguration.FILE_COMPLETION)
  public String importTmx(
      @Argument(index = 0, description = "the TMX file") String file,
      @Option(
              longName = "source",
              description = "source language, e.g. ar (default: the header's srclang)")
          String source,
      @Option(
              longName = "target",
              description = "target language, e.g. en (default: the file's other language)")
          String target,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    Path path = ImportCommands.path(new Usage(IMPORT).require(file, "FILE.tmx"));
    TmxImportReport report;
    try (ProgressPrinter progress = ProgressPrinter.on(stderr, "tm import")) {
      report =
          workbenches
              .workbench()
              .tmImport(
                  path,
                  Optional.ofNullable(source).map(LanguageTags::parse),
                  Optional.ofNullable(target).map(LanguageTags::parse),
                  progress);
    }
    return asJson ? json.importReport(report) : text.importReport(report);
  }

  @Command(
      name = "tm export",
      group = "Translation memory",
      description = "Export one language pair of the TM as TMX 1.4b",
      help =
          "Usage: "
              + EXPORT
              + "\nWrites the TM's units of one language pair to FILE.tmx (TMX 1.4b) with their"
              + " inline codes, dates and origin. Without --source and --target, the TM's only"
              + " pair. An existing FILE.tmx is replaced only with --force."
              + "\nExample: tm export memory.tmx",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN,
      completionProvider = ShellConfiguration.FILE_COMPLETION)
  public String exportTmx(
      @Argument(index = 0, description = "the TMX file to write") String file,
      @Option(longName = "source", description = "source language, e.g. ar") String source,
      @Option(longName = "target", description = "target language, e.g. en") String target,
      @Option(longName = "force", description = "replace FILE.tmx if it exists") boolean force,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    Path path = ImportCommands.path(new Usage(EXPORT).require(file, "FILE.tmx"));
    TmxExportReport report =
        workbenches
            .workbench()
            .tmExport(
                path, SegmentCommands.language(source), SegmentCommands.language(target), force);
    return asJson ? json.exportReport(report) : text.exportReport(report);
  }

  @Command(
      name = "tm stats",
      group = "Translation memory",
      description = "The size of the TM per language pair",
      help =
          "Usage: "
              + STATS
              + "\nUnits per language pair with their origins, when the oldest was added and when"
              + " the pair last changed, and the size of the workspace database on disk (unknown"
              + " for a database server)."
              + "\nExample: tm stats --json",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String stats(@Option(longName = "json", description = "print JSON") boolean asJson) {
    var stats = workbenches.workbench().tmStats();
    return asJson ? json.stats(stats) : text.stats(stats);
  }
}
