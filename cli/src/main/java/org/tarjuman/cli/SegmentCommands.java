package org.tarjuman.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.JsonOutput;
import org.tarjuman.cli.format.SegmentText;
import org.tarjuman.cli.format.TmJson;
import org.tarjuman.cli.format.TmText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.ShellConfiguration;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.LanguageTags;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TmHit;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.workbench.Workbench;

/** {@code segments}, {@code segment} and {@code find}: reading a document segment by segment. */
@Component
public class SegmentCommands {

  static final String SEGMENTS = "segments DOC [--target en] [--status S] [--json]";
  static final String SEGMENT = "segment ID [--target en] [--json]";
  static final String FIND = "find TEXT [--json] [--limit N]";

  private static final int MAX_LIMIT = 1000;

  private final WorkbenchFactory workbenches;
  private final SegmentText text;
  private final JsonOutput json;
  private final TmText tmText;

  public SegmentCommands(
      WorkbenchFactory workbenches, SegmentText text, JsonOutput json, TmText tmText) {
    this.workbenches = workbenches;
    this.text = text;
    this.json = json;
    this.tmText = tmText;
  }

  @Command(
      name = "segments",
      group = "Segments",
      description = "List a document's segments in order",
      help =
          "Usage: "
              + SEGMENTS
              + "\nLists the segments of a document's latest version (DOC is an id or a name):"
              + " id, position, words and source. With --target, each segment's status into that"
              + " language; --status (new, draft, needs-review, translated, reviewed, final) keeps"
              + " only the segments with that status and needs --target."
              + "\nExample: segments 1 --target en --status new",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN,
      completionProvider = ShellConfiguration.STATUS_COMPLETION)
  public String segments(
      @Argument(index = 0, description = "a document id or name") String document,
      @Option(longName = "target", description = "a target language, e.g. en") String target,
      @Option(longName = "status", description = "only segments with this status") String status,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    Usage usage = new Usage(SEGMENTS);
    String documentName = usage.require(document, "DOC");
    Optional<Locale> language = language(target);
    Optional<Status> wanted =
        Optional.ofNullable(status).filter(s -> !s.isBlank()).map(SegmentCommands::status);
    if (wanted.isPresent() && language.isEmpty()) {
      throw new InvalidInputException(
          "--status needs --target: a status belongs to a translation; usage: " + SEGMENTS);
    }
    Workbench workbench = workbenches.workbench();
    DocumentSummary summary = workbench.document(documentName);
    language.ifPresent(l -> requireTarget(summary, l));
    List<SegmentView> segments = workbench.segments(String.valueOf(summary.id()), language, wanted);
    return asJson
        ? json.segments(summary, language, segments)
        : text.segments(summary, language, wanted, segments);
  }

  @Command(
      name = "segment",
      group = "Segments",
      description = "Show one segment: source, inline codes, translations",
      help =
          "Usage: "
              + SEGMENT
              + "\nShows one segment by id: its document, version and position, its source as in"
              + " the original with its inline codes, its word count, and its translations with"
              + " status and origin (only into --target when given), and each translation's"
              + " earlier texts, oldest first."
              + "\nExample: segment 12 --target en",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String segment(
      @Argument(index = 0, description = "a segment id") String id,
      @Option(longName = "target", description = "a target language, e.g. en") String target,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    long segmentId = new Usage(SEGMENT).id(id, "ID");
    Optional<Locale> language = language(target);
    Workbench workbench = workbenches.workbench();
    SegmentView segment = onlyInto(workbench.segment(segmentId), language);
    Map<Locale, List<EarlierTranslation>> history = new LinkedHashMap<>();
    for (TranslationView t : segment.translations()) {
      List<EarlierTranslation> earlier = workbench.history(segmentId, t.target());
      if (!earlier.isEmpty()) {
        history.put(t.target(), earlier);
      }
    }
    return asJson ? json.segment(segment, history) : text.segment(segment, language, history);
  }

  @Command(
      name = "find",
      group = "Segments",
      description = "Find the segments whose source contains a text",
      help =
          "Usage: "
              + FIND
              + "\nConcordance search over the sources of every document's latest version and"
              + " of the TM units, compared after Arabic normalisation. Several words are searched"
              + " as one phrase. --limit (default 20) applies to segments and TM units each."
              + "\nExample: find المغرب",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String find(
      @Arguments List<String> words,
      @Option(longName = "limit", defaultValue = "20", description = "at most this many hits")
          Integer limit,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    String query =
        new Usage(FIND).require(String.join(" ", words == null ? List.of() : words), "TEXT");
    int max = limit == null ? 20 : limit;
    if (max < 1 || max > MAX_LIMIT) {
      throw new InvalidInputException(
          "--limit must be between 1 and " + MAX_LIMIT + ", not " + max);
    }
    Workbench workbench = workbenches.workbench();
    List<FindHit> hits = workbench.find(query, max);
    List<TmHit> tmHits = workbench.tmFind(query, Optional.empty(), max);
    if (asJson) {
      return json.hits(query, hits, TmJson.hits(tmHits));
    }
    String segmentHits = text.hits(query, hits, max);
    return tmHits.isEmpty()
        ? segmentHits
        : segmentHits + "\n\nIn the translation memory:\n" + tmText.hits(tmHits);
  }

  static Optional<Locale> language(String tag) {
    return Optional.ofNullable(tag).filter(t -> !t.isBlank()).map(LanguageTags::parse);
  }

  /**
   * The status a user typed.
   *
   * @throws InvalidInputException naming the valid statuses
   */
  static Status status(String label) {
    try {
      return Status.fromLabel(label);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "unknown status '"
              + label.trim()
              + "'; use one of: "
              + Arrays.stream(Status.values())
                  .map(Status::label)
                  .collect(Collectors.joining(", ")));
    }
  }

  private static void requireTarget(DocumentSummary document, Locale target) {
    if (!document.targets().contains(target)) {
      throw new InvalidInputException(
          document.name()
              + " is not translated into "
              + target.toLanguageTag()
              + "; its target languages: "
              + document.targets().stream()
                  .map(Locale::toLanguageTag)
                  .collect(Collectors.joining(", ")));
    }
  }

  static SegmentView onlyInto(SegmentView segment, Optional<Locale> target) {
    if (target.isEmpty()) {
      return segment;
    }
    return segment.withTranslations(
        segment.translations().stream().filter(t -> t.target().equals(target.get())).toList());
  }
}
