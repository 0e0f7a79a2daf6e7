package org.tarjuman.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.JsonOutput;
import org.tarjuman.cli.format.SegmentText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.ShellConfiguration;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.LanguageTags;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.workbench.Workbench;

/** {@code translate}: a translator sets a segment's translation, an editor signs it off. */
@Component
public class TranslateCommands {

  static final String TRANSLATE =
      "translate ID --target en [TEXT] [--status translated|reviewed|final] [--json]";

  private final WorkbenchFactory workbenches;
  private final SegmentText text;
  private final JsonOutput json;

  public TranslateCommands(WorkbenchFactory workbenches, SegmentText text, JsonOutput json) {
    this.workbenches = workbenches;
    this.text = text;
    this.json = json;
  }

  @Command(
      name = "translate",
      group = "Segments",
      description = "Set a segment's translation by hand, or sign it off",
      help =
          "Usage: "
              + TRANSLATE
              + "\nSets the translation of segment ID into --target to TEXT, origin manual, status"
              + " --status (default translated), and adds the pair to the TM. Hashtags, @mentions"
              + " and URLs in TEXT are inline codes and must be the source's (`segment ID` lists"
              + " them). Without TEXT, keeps the text and origin and sets --status: an editor's"
              + " sign-off. The earlier text stays in the segment's history. Prints the segment."
              + "\nExample: translate 12 --target en \"The memorandum allows more cooperation.\"",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN,
      completionProvider = ShellConfiguration.STATUS_COMPLETION)
  public String translate(
      @Arguments List<String> words,
      @Option(longName = "target", description = "the target language, e.g. en") String target,
      @Option(longName = "status", description = "translated (default), reviewed or final")
          String status,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    Usage usage = new Usage(TRANSLATE);
    List<String> given = words == null ? List.of() : words;
    long id = usage.id(given.isEmpty() ? null : given.get(0), "ID");
    Locale language = LanguageTags.parse(usage.require(target, "--target"));
    Optional<String> translation =
        given.size() < 2
            ? Optional.empty()
            : Optional.of(String.join(" ", given.subList(1, given.size())));
    Optional<Status> wanted =
        SegmentCommands.statusOption(status);
    if (translation.isEmpty() && wanted.isEmpty()) {
      throw new InvalidInputException(
          "give the translation, or --status to sign the current one off; usage: " + TRANSLATE);
    }
    Workbench workbench = workbenches.workbench();
    SegmentView segment =
        SegmentCommands.onlyInto(
            workbench.translate(id, language, translation, wanted.orElse(Status.TRANSLATED)),
            Optional.of(language));
    Map<Locale, List<EarlierTranslation>> history = new LinkedHashMap<>();
    List<EarlierTranslation> earlier = workbench.history(id, language);
    if (!earlier.isEmpty()) {
      history.put(language, earlier);
    }
    return asJson
        ? json.segment(segment, history, Map.of())
        : text.segment(segment, Optional.of(language), history);
  }
}
