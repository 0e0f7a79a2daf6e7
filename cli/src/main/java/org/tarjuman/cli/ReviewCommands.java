package org.tarjuman.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.QaJson;
import org.tarjuman.cli.format.QaText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.core.model.LanguageTags;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.ReviewReport;

/** {@code qa} and {@code review}: an editor's view of a document's translations. */
@Component
public class ReviewCommands {

  static final String QA = "qa DOC --target en [--json]";
  static final String REVIEW = "review DOC --target en [--out FILE.html] [--force] [--json]";

  private final WorkbenchFactory workbenches;
  private final QaText text;
  private final QaJson json;

  public ReviewCommands(WorkbenchFactory workbenches, QaText text, QaJson json) {
    this.workbenches = workbenches;
    this.text = text;
    this.json = json;
  }

  @Command(
      name = "qa",
      group = "Review",
      description = "List the quality problems of a document's translations",
      help =
          "Usage: "
              + QA
              + "\n"
              + "Runs the QA checks over the translations of DOC (an id or a name) into --target:"
              + " Okapi CheckMate's empty target, target same as source, leading and trailing"
              + " whitespace, doubled words, inline codes and length ratio; and numbers"
              + " (Arabic-Indic and Latin digits alike), hashtags, mentions and URLs, quotes and"
              + " brackets, and bidi control characters. Each issue names the segment (# position,"
              + " ID), the check, its severity and what is wrong. Untranslated segments are"
              + " counted, not checked. Issues are the output: the exit status is 0 whenever the"
              + " check ran."
              + "\nExample: qa article --target en",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String qa(
      @Argument(index = 0, description = "a document id or name") String document,
      @Option(longName = "target", required = true, description = "the target language, e.g. en")
          String target,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    String doc = new Usage(QA).require(document, "DOC");
    QaReport report = workbenches.workbench().qa(doc, LanguageTags.parse(target));
    return asJson ? json.report(report) : text.report(report);
  }

  @Command(
      name = "review",
      group = "Review",
      description = "Write an aligned bilingual review page (HTML)",
      help =
          "Usage: "
              + REVIEW
              + "\nWrites one self-contained HTML page for DOC (an id or a name) into --target: the"
              + " source beside the translation, each in its own direction (Arabic right to left),"
              + " with status, origin, match score and QA issues per segment, filters by status,"
              + " and a layout for printing. --out is the file to write or a folder; by default"
              + " DOC-NAME.TARGET.review.html in the current folder. An existing file is replaced"
              + " only with --force."
              + "\nExample: review article --target en --out article.en.review.html",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String review(
      @Argument(index = 0, description = "a document id or name") String document,
      @Option(longName = "target", required = true, description = "the target language, e.g. en")
          String target,
      @Option(longName = "out", description = "the file or folder to write") String out,
      @Option(longName = "force", description = "replace the file if it exists") boolean force,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    String doc = new Usage(REVIEW).require(document, "DOC");
    Path file =
        Optional.ofNullable(out)
            .filter(o -> !o.isBlank())
            .map(ImportCommands::path)
            .orElse(Path.of(""));
    ReviewReport report = workbenches.workbench().review(doc, LanguageTags.parse(target), file, force);
    return asJson ? json.review(report) : text.review(report);
  }
}
