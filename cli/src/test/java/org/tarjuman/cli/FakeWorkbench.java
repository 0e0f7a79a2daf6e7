package org.tarjuman.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.files.ReplacingFile;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.AlignedPair;
import org.tarjuman.core.model.AlignmentReport;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DiffPart;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.MergeReport;
import org.tarjuman.core.model.MatchAnalysis;
import org.tarjuman.core.model.MatchBand;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.ReviewReport;
import org.tarjuman.core.model.SearchSide;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TmHit;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.model.TmStats;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.model.TmxExportReport;
import org.tarjuman.core.model.TmxImportReport;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.qa.QaService;
import org.tarjuman.core.review.ReviewService;
import org.tarjuman.core.segment.TokenCodeFinder;
import org.tarjuman.core.store.BackupReport;
import org.tarjuman.core.workbench.Workbench;

/**
 * An in-memory workspace holding one Arabic document of three segments, the second translated into
 * English and carrying a hashtag as an inline code. {@link #failWith} makes every call throw.
 */
public final class FakeWorkbench implements Workbench {

  public static final Locale AR = Locale.forLanguageTag("ar");
  static final Map<String, Long> BACKUP_ROWS =
      Map.of("documents", 1L, "document_versions", 1L, "segments", 16L, "tm_units", 3L);
  public static final Locale EN = Locale.forLanguageTag("en");
  public static final String NAME = "خبر.txt";
  public static final String FIRST =
      "يصل المفتش العام للقوات المسلحة الملكية المغربية، الاثنين، إسرائيل.";
  public static final String HASHTAG = "#جيش_الدفاع";
  public static final String SECOND_CODED =
      "وقال في بيان " + Content.PLACEHOLDER + (char) Content.INDEX_BASE + " اليوم؟";
  public static final String SECOND = "وقال في بيان " + HASHTAG + " اليوم؟";
  public static final String THIRD = "وتأتي الزيارة بعد شهرين؛ مُدّة قصيرة.";

  public static final String TM_TARGET = "The visit comes two months later, a short time.";
  public static final String ALIGNED_TARGET =
      "The inspector general arrives in Israel on Monday, he said in a statement "
          + HASHTAG
          + " today.";
  public static final String ADDED_TARGET = "A note added by the translator.";
  public static final Instant TM_DATE = Instant.parse("2024-03-01T10:15:30Z");

  public final List<ImportRequest> imports = new ArrayList<>();
  public final List<Path> tmImports = new ArrayList<>();
  public final List<Path> aligned = new ArrayList<>();
  /** The {@code translate} calls: "ID TARGET STATUS TEXT" (TEXT "-" when none was given). */
  public final List<String> translated = new ArrayList<>();
  private final List<EarlierTranslation> earlier = new ArrayList<>();
  public boolean closed;
  private RuntimeException failure;

  /** Forgets the {@code translate} calls, so each test starts from the same segments. */
  public void forgetTranslations() {
    translated.clear();
    earlier.clear();
  }

  /** Every later call throws {@code failure}. */
  public FakeWorkbench failWith(RuntimeException failure) {
    this.failure = failure;
    return this;
  }

  public static DocumentSummary summary() {
    return new DocumentSummary(
        1,
        NAME,
        1,
        11,
        AR,
        List.of(EN),
        "text/plain",
        "UTF-8",
        "ab12",
        3,
        21,
        Instant.parse("2026-01-02T03:04:05Z"),
        Map.of(EN, 1));
  }

  public static List<SegmentView> allSegments() {
    Content second =
        new Content(
            SECOND_CODED,
            List.of(new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "hashtag", HASHTAG)));
    TranslationView english =
        new TranslationView(
            EN,
            Content.ofText("He said in a statement " + HASHTAG + " today?"),
            Status.TRANSLATED,
            Origin.TM_EXACT,
            100,
            Instant.parse("2026-01-02T03:04:05Z"));
    return List.of(
        new SegmentView(101, 1, NAME, 1, 0, "tu1", 1, Content.ofText(FIRST), 9, List.of()),
        new SegmentView(102, 1, NAME, 1, 1, "tu2", 2, second, 5, List.of(english)),
        new SegmentView(103, 1, NAME, 1, 1, "tu2", 3, Content.ofText(THIRD), 6, List.of()));
  }

  private void check() {
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public ImportReport importFile(ImportRequest request, ImportProgress progress) {
    check();
    if (!Files.isRegularFile(request.file())) {
      throw new InvalidInputException(request.file() + ": no such file");
    }
    imports.add(request);
    progress.progress(2, 3);
    return new ImportReport(
        1, request.documentName(), 1, "text/plain", "UTF-8", 2, 3, 21, List.of());
  }

  @Override
  public List<DocumentSummary> documents() {
    check();
    return List.of(summary());
  }

  @Override
  public DocumentSummary document(String idOrName) {
    check();
    if (idOrName.equals("1") || idOrName.equals(NAME)) {
      return summary();
    }
    throw new InvalidInputException("no document '" + idOrName + "'; see docs");
  }

  @Override
  public List<SegmentView> segments(
      String document, Optional<Locale> target, Optional<Status> status) {
    document(document);
    return allSegments().stream()
        .filter(s -> status.isEmpty() || statusOf(s, target.orElseThrow()) == status.get())
        .toList();
  }

  private static Status statusOf(SegmentView segment, Locale target) {
    return segment.translations().stream()
        .filter(t -> t.target().equals(target))
        .map(TranslationView::status)
        .findFirst()
        .orElse(Status.NEW);
  }

  /** Version 1 is the only version: the same segments as the latest. */
  @Override
  public List<SegmentView> segments(
      String document, int version, Optional<Locale> target, Optional<Status> status) {
    if (version != 1) {
      throw new InvalidInputException("document 1 has no version " + version);
    }
    return segments(document, target, status);
  }

  @Override
  public SegmentView segment(long id) {
    check();
    return allSegments().stream()
        .filter(s -> s.id() == id)
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("no segment " + id));
  }

  /** Remembers the call and answers the segment with the new translation; the old one is history. */
  @Override
  public SegmentView translate(long id, Locale target, Optional<String> text, Status status) {
    check();
    SegmentView segment = segment(id);
    if (!target.equals(EN)) {
      throw new InvalidInputException(NAME + " is not translated into " + target.toLanguageTag());
    }
    translated.add(id + " " + target.toLanguageTag() + " " + status.label() + " " + text.orElse("-"));
    Optional<TranslationView> current = segment.translations().stream().findFirst();
    current.ifPresent(t -> earlier.add(new EarlierTranslation(t, TM_DATE)));
    Content content =
        text.map(Content::ofText)
            .or(() -> current.map(TranslationView::content))
            .orElseThrow(() -> new InvalidInputException("segment " + id + " has no translation"));
    return segment.withTranslations(
        List.of(new TranslationView(target, content, status, Origin.MANUAL, null, TM_DATE)));
  }

  @Override
  public List<EarlierTranslation> history(long id, Locale target) {
    check();
    return List.copyOf(earlier);
  }

  /** Hits by plain {@code contains}, in sources or in translations into the target. */
  @Override
  public List<FindHit> find(String query, Optional<Locale> target, SearchSide side, int limit) {
    check();
    return allSegments().stream()
        .filter(s -> searched(s, target, side).contains(query))
        .limit(limit)
        .map(
            s -> {
              int start = searched(s, target, side).indexOf(query);
              return new FindHit(
                  s.id(),
                  NAME,
                  1,
                  s.index(),
                  s.source().plainText(),
                  start,
                  start + query.length(),
                  target.isEmpty() && side == SearchSide.SOURCE ? "" : translation(s, target),
                  side == SearchSide.TARGET);
            })
        .toList();
  }

  private static String searched(SegmentView s, Optional<Locale> target, SearchSide side) {
    return side == SearchSide.SOURCE ? s.source().plainText() : translation(s, target);
  }

  private static String translation(SegmentView s, Optional<Locale> target) {
    return s.translations().stream()
        .filter(t -> target.map(t.target()::equals).orElse(true))
        .map(t -> t.content().plainText())
        .findFirst()
        .orElse("");
  }

  @Override
  public DocumentStats stats(String document) {
    document(document);
    return new DocumentStats(NAME, 1, 3, 21, 98, 1, 5);
  }

  /** Segment 101 in the 50-74% band, 102 without a match, 103 an exact match, into English. */
  @Override
  public List<MatchAnalysis> matchBands(String document) {
    document(document);
    MatchAnalysis.Tally tally = new MatchAnalysis.Tally();
    tally.add(MatchBand.FUZZY_50_74, 9);
    tally.add(MatchBand.NO_MATCH, 5);
    tally.add(MatchBand.EXACT, 6);
    return List.of(tally.analysis(EN, 1));
  }

  /** Segment 103 ({@link #THIRD}) has the fake TM's unit as an exact match into English. */
  @Override
  public Map<Locale, List<TmMatch>> segmentMatches(long id, Optional<Locale> target) {
    SegmentView segment = segment(id);
    Locale language = target.orElse(EN);
    List<TmMatch> matches =
        segment.source().plainText().equals(THIRD) && language.equals(EN)
            ? List.of(
                new TmMatch(7, tmUnit(), 100, List.of(new DiffPart(DiffPart.Kind.SAME, THIRD))))
            : List.of();
    return Map.of(language, matches);
  }

  /** The fake TM's one unit: {@link #THIRD} into English. */
  public static TmUnit tmUnit() {
    return new TmUnit(
        AR,
        EN,
        Content.ofText(THIRD),
        Content.ofText(TM_TARGET),
        Optional.empty(),
        Optional.empty(),
        Origin.TMX,
        TM_DATE,
        TM_DATE);
  }

  @Override
  public List<TmMatch> tmLookup(
      String text, Locale source, Locale target, int minScore, int limit) {
    check();
    if (minScore < 1 || minScore > 100) {
      throw new InvalidInputException("--min must be 1 to 100, not " + minScore);
    }
    if (!source.equals(AR) || !target.equals(EN) || !text.contains("الزيارة")) {
      return List.of();
    }
    if (text.equals(THIRD)) {
      return List.of(
          new TmMatch(7, tmUnit(), 100, List.of(new DiffPart(DiffPart.Kind.SAME, THIRD))));
    }
    List<DiffPart> parts =
        List.of(
            new DiffPart(DiffPart.Kind.SAME, "وتأتي الزيارة بعد"),
            new DiffPart(DiffPart.Kind.MISSING, " شهر"),
            new DiffPart(DiffPart.Kind.ADDED, " شهرين"),
            new DiffPart(DiffPart.Kind.SAME, "؛ مُدّة قصيرة."));
    return 85 >= minScore ? List.of(new TmMatch(7, tmUnit(), 85, parts)) : List.of();
  }

  @Override
  public List<TmHit> tmFind(
      String query, Optional<Locale> target, SearchSide side, int limit) {
    check();
    String searched =
        side == SearchSide.SOURCE ? tmUnit().source().plainText() : tmUnit().target().plainText();
    int start = searched.indexOf(query);
    return start < 0 || target.filter(t -> !t.equals(EN)).isPresent()
        ? List.of()
        : List.of(
            new TmHit(7, tmUnit(), start, start + query.length(), side == SearchSide.TARGET));
  }

  @Override
  public TmStats tmStats() {
    check();
    return new TmStats(
        1,
        List.of(new TmStats.Pair(AR, EN, 1, TM_DATE, TM_DATE, Map.of(Origin.TMX, 1L))),
        OptionalLong.of(3 * 1024 * 1024));
  }

  @Override
  public TmxImportReport tmImport(
      Path file, Optional<Locale> source, Optional<Locale> target, Progress progress) {
    check();
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + ": no such file");
    }
    tmImports.add(file);
    progress.progress("TM units", 2, 2);
    return new TmxImportReport(source.orElse(AR), target.orElse(EN), 2, 1, 1);
  }

  @Override
  public TmxExportReport tmExport(
      Path file, Optional<Locale> source, Optional<Locale> target, boolean replace) {
    check();
    ReplacingFile.checkWritable(file, replace);
    if (source.filter(s -> !s.equals(AR)).isPresent()) {
      throw new InvalidInputException("the TM has no units from " + source.get().toLanguageTag());
    }
    return new TmxExportReport(file, AR, EN, 1);
  }

  /** Counts the fake segments translated into the target; refuses an incomplete one if asked. */
  @Override
  public MergeReport merge(
      String document,
      Locale target,
      Optional<Path> output,
      boolean requireComplete,
      boolean replace,
      Progress progress) {
    check();
    DocumentSummary summary = document(document);
    long translated =
        allSegments().stream()
            .filter(s -> s.translations().stream().anyMatch(t -> t.target().equals(target)))
            .count();
    int kept = allSegments().size() - (int) translated;
    if (requireComplete && kept > 0) {
      throw new InvalidInputException(
          "document '" + summary.name() + "': " + kept + " segment(s) not translated into "
              + target.toLanguageTag() + " (segments 101, 103); nothing written");
    }
    Path out = output.orElse(Path.of("خبر.en.txt"));
    ReplacingFile.checkWritable(out, replace);
    return new MergeReport(
        summary.name(), 1, target, Format.PLAIN_TEXT, out, "UTF-8", (int) translated, kept,
        List.of());
  }

  /**
   * A 2:1 pair (the first two segments, one sentence) and a 1:0 pair (the third, not translated),
   * then a 0:1 pair (a sentence added by the translator).
   */
  @Override
  public AlignmentReport align(
      String document, Path translation, Locale target, Progress progress) {
    check();
    DocumentSummary summary = document(document);
    if (!Files.isRegularFile(translation)) {
      throw new InvalidInputException(translation + ": no such file");
    }
    List<SegmentView> segments = allSegments();
    List<AlignedPair> pairs =
        List.of(
            new AlignedPair(
                List.of(101L, 102L),
                List.of(segments.get(0).source(), segments.get(1).source()),
                List.of(Content.ofText(ALIGNED_TARGET)),
                72,
                Status.NEEDS_REVIEW),
            new AlignedPair(
                List.of(103L), List.of(segments.get(2).source()), List.of(), 0, Status.NEW),
            new AlignedPair(
                List.of(), List.of(), List.of(Content.ofText(ADDED_TARGET)), 0, Status.NEW));
    aligned.add(translation);
    return new AlignmentReport(
        summary.id(),
        summary.name(),
        summary.version(),
        target,
        pairs,
        1,
        1,
        0,
        0,
        0,
        List.of("1 segment(s) have no counterpart in the translation (1:0)"));
  }

  /** The real QA checks over the fake segments; only English is a target language. */
  @Override
  public QaReport qa(String document, Locale target) {
    DocumentSummary summary = document(document);
    if (!target.equals(EN)) {
      throw new InvalidInputException(NAME + " is not translated into " + target.toLanguageTag());
    }
    return new QaService(new TokenCodeFinder()).check(summary, allSegments(), target);
  }

  @Override
  public List<QaIssue> qa(long segmentId, Locale target) {
    return new QaService(new TokenCodeFinder()).check(segment(segmentId), List.of(), AR, target);
  }

  /** The real review page of the fake segments. */
  @Override
  public ReviewReport review(String document, Locale target, Path out, boolean replace) {
    return new ReviewService().write(allSegments(), qa(document, target), out, replace);
  }

  @Override
  public BackupReport backup(Path file, boolean replace) {
    check();
    ReplacingFile.checkWritable(file, replace);
    return new BackupReport(file, "H2 database fake.mv.db", "70", BACKUP_ROWS, 1);
  }

  @Override
  public BackupReport restore(Path file) {
    check();
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + ": no such file");
    }
    return new BackupReport(file, "H2 database fake.mv.db", "70", BACKUP_ROWS, 1);
  }

  @Override
  public void close() {
    closed = true;
  }
}
