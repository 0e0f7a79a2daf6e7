package org.tarjuman.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.Progress;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.AlignedPair;
import org.tarjuman.core.model.AlignmentReport;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.MatchAnalysis;
import org.tarjuman.core.model.MergeReport;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.store.AppliedTranslations;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationUpdate;
import org.tarjuman.core.store.WorkspaceConfig;

/** {@code align} end to end on a workspace: the seed article with its English translation. */
class AlignTest {

  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale EN = Locale.forLanguageTag("en");
  private static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit";

  @TempDir Path temp;
  private LocalWorkbench workbench;

  @BeforeEach
  void importTheSeed() throws IOException {
    workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(temp.resolve("ws")));
    workbench.importFile(
        new ImportRequest(
            copy(SEED + ".txt", "article.txt"),
            AR,
            List.of(EN),
            Optional.of("article"),
            Optional.empty()),
        (units, segments) -> {});
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void storesTheAlignedTranslationsAndFeedsTheTm() throws IOException {
    AlignmentReport report = workbench.align("article", copy(SEED + ".en.txt", "en.txt"), EN, Progress.NONE);

    assertThat(report.pairs()).extracting(AlignedPair::kind).contains("1:2", "2:1").hasSize(15);
    assertThat(report.added()).isEqualTo(16);
    assertThat(report.confident()).isGreaterThanOrEqualTo(12);
    assertThat(report.tmAdded()).isGreaterThanOrEqualTo(10);
    assertThat(workbench.tmStats().units()).isEqualTo(report.tmAdded());
    List<SegmentView> segments = workbench.segments("article", Optional.of(EN), Optional.empty());
    TranslationView first = segments.get(0).translations().get(0);
    assertThat(first.origin()).isEqualTo(Origin.ALIGNED);
    assertThat(first.content().plainText())
        .startsWith("The Inspector General")
        .endsWith("commander of an Arab Muslim army.");
    assertThat(segments.get(4).translations().get(0))
        .satisfies(t -> assertThat(t.content().plainText()).isEmpty())
        .satisfies(t -> assertThat(t.status()).isEqualTo(Status.NEEDS_REVIEW));
  }

  @Test
  void storesEachPairsConfidenceAsTheScoreOfItsTranslations() throws IOException {
    AlignmentReport report = workbench.align("article", copy(SEED + ".en.txt", "en.txt"), EN, Progress.NONE);

    Map<Long, TranslationView> stored = translations();
    for (AlignedPair pair : report.pairs()) {
      for (long id : pair.segmentIds()) {
        assertThat(stored.get(id).score()).as("segment %d of %s", id, pair.kind())
            .isEqualTo(pair.confidence());
      }
    }
    AlignedPair twoToOne =
        report.pairs().stream().filter(p -> p.kind().equals("2:1")).findFirst().orElseThrow();
    assertThat(stored.get(twoToOne.segmentIds().get(1)))
        .satisfies(t -> assertThat(t.content().plainText()).isEmpty())
        .satisfies(t -> assertThat(t.score()).isEqualTo(twoToOne.confidence()).isLessThan(100));
  }

  @Test
  void showsTheConfidenceInTheMatchColumnOfTheReviewPage() throws IOException {
    AlignmentReport report = workbench.align("article", copy(SEED + ".en.txt", "en.txt"), EN, Progress.NONE);
    AlignedPair twoToOne =
        report.pairs().stream().filter(p -> p.kind().equals("2:1")).findFirst().orElseThrow();

    Path page = workbench.review("article", EN, temp.resolve("review.html"), true).file();

    String html = Files.readString(page);
    String score = "<bdi>" + twoToOne.confidence() + "%</bdi>";
    for (long id : twoToOne.segmentIds()) {
      assertThat(row(html, id))
          .contains("<td class=\"origin\">aligned</td>")
          .contains("<td class=\"score\" title=\"alignment confidence\">" + score + "</td>");
    }
    assertThat(row(html, twoToOne.segmentIds().get(1)))
        .contains(
            "in the translation of #"
                + workbench.segment(twoToOne.segmentIds().get(0)).index()
                + " (aligned 2:1)");
  }

  @Test
  void theScoreChangesNeitherTheMatchBandsNorTheQaIssues() throws IOException {
    workbench.align("article", copy(SEED + ".en.txt", "en.txt"), EN, Progress.NONE);
    List<MatchAnalysis> bands = workbench.matchBands("article");
    QaReport qa = workbench.qa("article", EN);

    List<SegmentView> segments = workbench.segments("article", Optional.of(EN), Optional.empty());
    AppliedTranslations unscored =
        workbench
            .translationStore()
            .apply(
                new TranslationBatch(
                    segments.get(0).documentId(),
                    segments.get(0).version(),
                    EN,
                    Origin.ALIGNED,
                    segments.stream()
                        .map(
                            s ->
                                new TranslationUpdate(
                                    s.id(),
                                    s.translations().get(0).content(),
                                    s.translations().get(0).status()))
                        .toList()));

    assertThat(unscored.changed()).isEqualTo(16);
    assertThat(translations().values()).extracting(TranslationView::score).containsOnlyNulls();
    assertThat(workbench.matchBands("article")).isEqualTo(bands);
    assertThat(workbench.qa("article", EN).issues()).isEqualTo(qa.issues());
  }

  @Test
  void checksThe2To1SentenceAgainstBothSourcesAndNotItsEmptyHalfOnItsOwn() throws IOException {
    AlignedPair twoToOne = twoToOne(workbench.align("article", copy(SEED + ".en.txt", "en.txt"), EN, Progress.NONE));
    long head = twoToOne.segmentIds().get(0);
    long half = twoToOne.segmentIds().get(1);

    QaReport qa = workbench.qa("article", EN);

    // Against the first source alone the sentence is 2.4 times as long (CheckMate's "length"), and
    // the empty half would be an "empty-target".
    assertThat(qa.issues()).filteredOn(i -> i.segmentId() == half).isEmpty();
    assertThat(qa.issues()).filteredOn(i -> i.segmentId() == head).isEmpty();
    assertThat(workbench.qa(half, EN)).isEmpty();
  }

  @Test
  void mergesASignedOff2To1SentenceOnceWithNothingLeftOfItsSecondSource() throws IOException {
    AlignedPair twoToOne = twoToOne(workbench.align("article", copy(SEED + ".en.txt", "en.txt"), EN, Progress.NONE));
    long head = twoToOne.segmentIds().get(0);
    String secondSource = workbench.segment(twoToOne.segmentIds().get(1)).source().plainText();
    Path out = temp.resolve("article.en.txt");

    MergeReport before = workbench.merge("article", EN, Optional.of(out), false, true, Progress.NONE);
    assertThat(before.keptSource()).isEqualTo(2);
    assertThat(Files.readString(out)).contains(secondSource);

    workbench.translate(head, EN, Optional.empty(), Status.TRANSLATED);
    MergeReport after = workbench.merge("article", EN, Optional.of(out), false, true, Progress.NONE);

    assertThat(after.keptSource()).isZero();
    assertThat(after.translated()).isEqualTo(16);
    String sentence = workbench.segment(head).translations().get(0).content().plainText();
    assertThat(Files.readString(out))
        .doesNotContain(secondSource)
        .contains("\n" + sentence + "\n");
  }

  private static AlignedPair twoToOne(AlignmentReport report) {
    return report.pairs().stream().filter(p -> p.kind().equals("2:1")).findFirst().orElseThrow();
  }

  @Test
  void keepsTheHashtagOfTheSourceAsAnInlineCodeOfTheTarget() throws IOException {
    workbench.align("article", copy(SEED + ".en.txt", "en.txt"), EN, Progress.NONE);

    SegmentView sixth = workbench.segments("article", Optional.of(EN), Optional.empty()).get(7);
    Content target = sixth.translations().get(0).content();
    assertThat(sixth.source().codes()).isNotEmpty();
    assertThat(target.codes()).containsExactlyElementsOf(sixth.source().codes());
    assertThat(target.plainText()).startsWith("#جيش_الدفاع is hosting");
  }

  @Test
  void keepsTheEarlierTranslationInTheHistory() throws IOException {
    SegmentView first = workbench.segments("article", Optional.empty(), Optional.empty()).get(0);
    workbench
        .translationStore()
        .apply(
            new TranslationBatch(
                first.documentId(),
                first.version(),
                EN,
                Origin.MANUAL,
                List.of(
                    new TranslationUpdate(first.id(), Content.ofText("Draft."), Status.DRAFT))));

    workbench.align("article", copy(SEED + ".en.txt", "en.txt"), EN, Progress.NONE);

    assertThat(workbench.translationStore().history(first.id(), EN))
        .singleElement()
        .satisfies(h -> assertThat(h.translation().content().plainText()).isEqualTo("Draft."));
  }

  @Test
  void refusesAFileThatIsNotATranslationAndStoresNothing() throws IOException {
    Path french = copy("org/tarjuman/core/align/fr-lyon-budget.fr.txt", "lyon.txt");

    assertThatThrownBy(() -> workbench.align("article", french, EN, Progress.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("lyon.txt: does not look like a translation of 'article'");
    assertThat(workbench.segments("article", Optional.of(EN), Optional.of(Status.NEW))).hasSize(16);
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path empty = Files.writeString(temp.resolve("empty.txt"), "");

    assertThatThrownBy(() -> workbench.align("article", empty, EN, Progress.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty.txt");
  }

  @Test
  void refusesALanguageTheDocumentIsNotTranslatedInto() throws IOException {
    Path english = copy(SEED + ".en.txt", "en.txt");

    assertThatThrownBy(() -> workbench.align("article", english, Locale.FRENCH, Progress.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("document 'article' is not translated into fr; its target languages are en");
  }

  /** The English translation of each segment, by segment id. */
  private Map<Long, TranslationView> translations() {
    return workbench.segments("article", Optional.of(EN), Optional.empty()).stream()
        .collect(Collectors.toMap(SegmentView::id, s -> s.translations().get(0)));
  }

  /** The review page's table row of a segment. */
  private static String row(String html, long segmentId) {
    int start = html.indexOf("<tr id=\"s" + segmentId + "\"");
    assertThat(start).as("row of segment %d", segmentId).isNotNegative();
    return html.substring(start, html.indexOf("</tr>", start));
  }

  private Path copy(String resource, String name) throws IOException {
    Path file = temp.resolve(name);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Files.copy(in, file);
    }
    return file;
  }
}
