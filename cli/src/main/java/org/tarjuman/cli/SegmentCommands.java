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
import org.tarjuman.cli.format.QaText;
import org.tarjuman.cli.format.SegmentText;
import org.tarjuman.cli.format.TmJson;
import org.tarjuman.cli.format.TmText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.ShellConfiguration;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.SearchSide;
import org.tarjuman.core.model.LanguageTags;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TmHit;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.workbench.Workbench;

/** {@code segments}, {@code segment} and {@code find}: reading a document segment by segment. */
@Component
public class SegmentCommands {

  static final String SEGMENTS =
      "segments DOC [--target en] [--status S] [--version N] [--json]";
  static final String SEGMENT = "segment ID [--target en] [--json]";
  static final String FIND =
      "find TEXT [--target en] [--in source|target] [--limit N] [--json]";

  private static final int MAX_LIMIT = 1000;

  private final WorkbenchFactory workbenches;
  private final SegmentText text;
  private final JsonOutput json;
  private final TmText tmText;
  private final QaText qaText;

  public SegmentCommands(
      WorkbenchFactory workbenches,
      SegmentText text,
      JsonOutput json,
      TmText tmText,
      QaText qaText) {
    this.workbenches = workbenches;
    this.text = text;
    this.json = json;
    this.tmText = tmText;
    this.qaText = qaText;
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
              + " language and its translation's origin with its score (a TM match's, or an"
              + " alignment's confidence); --status (new, draft, needs-review,"
              + " translated, reviewed, final) keeps"
              + " only the segments with that status and needs --target. --version N lists an"
              + " earlier version's segments with their translations as they were."
              + "\nExample: segments 1 --target en --status new",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN,
      completionProvider = ShellConfiguration.STATUS_COMPLETION)
  public String segments(
      @Argument(index = 0, description = "a document id or name") String document,
      @Option(longName = "target", description = "a target language, e.g. en") String target,
      @Option(longName = "status", description = "only segments with this status") String status,
      @Option(longName = "version", description = "a version number (default: the latest)")
          Integer version,
      @Option(longName = "json", description = "print JSON") boolean asJson) {
    Usage usage = new Usage(SEGMENTS);
    String documentName = usage.require(document, "DOC");
    Optional<Locale> language = language(target);
    Optional<Status> wanted =
        SegmentCommands.statusOption(status);
    if (wanted.isPresent() && language.isEmpty()) {
      throw new InvalidInputException(
          "--status needs --target: a status belongs to a translation; usage: " + SEGMENTS);
    }
    Workbench workbench = workbenches.workbench();
    DocumentSummary summary = workbench.document(documentName);
    language.ifPresent(summary::requireTarget);
    String id = String.valueOf(summary.id());
    if (version != null && (version < 1 || version > summary.version())) {
      throw new InvalidInputException(
          "document '%s' has versions 1 to %d, not %d"
              .formatted(summary.name(), summary.version(), version));
    }
    List<SegmentView> segments =
        version == null
            ? workbench.segments(id, language, wanted)
            : workbench.segments(id, version, language, wanted);
    DocumentSummary shown = version == null ? summary : atVersion(summary, version);
    return asJson
        ? json.segments(shown, language, segments)
        : text.segments(shown, language, wanted, segments);
  }

  /** The summary, numbered as an earlier version for the listing's heading. */
  private static DocumentSummary atVersion(DocumentSummary s, int version) {
    return new DocumentSummary(
        s.id(),
        s.name(),
        version,
        s.versionId(),
        s.source(),
        s.targets(),
        s.mediaType(),
        s.charset(),
        s.sha256(),
        s.segments(),
        s.words(),
        s.importedAt(),
        s.translated());
  }

  @Command(
      name = "segment",
      group = "Segments",
      description = "Show one segment: source, inline codes, translations",
      help =
          "Usage: "
              + SEGMENT
              + "\nShows one segment by id: its document, version and position, its source as in"
              + " the original with its inline codes, its word count, its translations with"
              + " status and origin, each translation's earlier texts (oldest first) and QA"
              + " issues (see qa), and its TM matches from 50% (at most 5 per language, with the"
              + " differences from the source marked {+only in the match+} [-only in the"
              + " segment-]); only into --target when given."
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
    Map<Locale, List<TmMatch>> matches = workbench.segmentMatches(segmentId, language);
    if (asJson) {
      return json.segment(segment, history, TmJson.matches(matches));
    }
    return text.segment(segment, language, history)
        + qaSections(workbench, segment, language)
        + "\n\n"
        + tmText.segmentMatches(matches);
  }

  @Command(
      name = "find",
      group = "Segments",
      description = "Find the segments and TM units that contain a text",
      help =
          "Usage: "
              + FIND
              + "\nConcordance search over the segments of every document's latest version and"
              + " over the TM units, compared after Arabic normalisation. Several words are"
              + " searched as one phrase. --in source (the default) searches the sources, --in"
              + " target the translations. --target shows each segment's translation into that"
              + " language and keeps to it: only translations and TM units into it. --limit"
              + " (default 20) applies to segments and TM units each."
              + "\nExample: find المغرب --target en"
              + "\nExample: find Morocco --in target",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String find(
      @Arguments List<String> words,
      @Option(longName = "target", description = "a target language, e.g. en") String target,
      @Option(longName = "in", description = "where to search: source (default) or target")
          String in,
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
    Optional<Locale> language = language(target);
    SearchSide side = side(in);
    Workbench workbench = workbenches.workbench();
    List<FindHit> hits = workbench.find(query, language, side, max);
    List<TmHit> tmHits = workbench.tmFind(query, language, side, max);
    if (asJson) {
      return json.hits(query, language, side, hits, TmJson.hits(tmHits));
    }
    boolean withTarget = language.isPresent() || side == SearchSide.TARGET;
    String segmentHits = text.hits(query, hits, max, withTarget);
    return tmHits.isEmpty()
        ? segmentHits
        : segmentHits + "\n\nIn the translation memory:\n" + tmText.hits(tmHits);
  }

  /** The QA issues of the segment's translations (into {@code target} only, when given). */
  private String qaSections(Workbench workbench, SegmentView segment, Optional<Locale> target) {
    StringBuilder out = new StringBuilder();
    for (TranslationView t : onlyInto(segment, target).translations()) {
      out.append("\n\n").append(qaText.section(t.target(), workbench.qa(segment.id(), t.target())));
    }
    return out.toString();
  }

  /** The side a user typed for {@code --in}: source (also when not given) or target. */
  static SearchSide side(String label) {
    if (label == null || label.isBlank()) {
      return SearchSide.SOURCE;
    }
    return Arrays.stream(SearchSide.values())
        .filter(s -> s.label().equalsIgnoreCase(label.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "--in is source or target, not '" + label.trim() + "'"));
  }

  /** The status an option names, or empty when the option is not given. */
  static Optional<Status> statusOption(String label) {
    return Optional.ofNullable(label).filter(s -> !s.isBlank()).map(SegmentCommands::status);
  }

  /** The language an option names, or empty when the option is not given. */
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


  static SegmentView onlyInto(SegmentView segment, Optional<Locale> target) {
    if (target.isEmpty()) {
      return segment;
    }
    return segment.withTranslations(
        segment.translations().stream().filter(t -> t.target().equals(target.get())).toList());
  }
}
