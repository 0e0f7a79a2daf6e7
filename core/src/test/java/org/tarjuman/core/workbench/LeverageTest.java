package org.tarjuman.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.Progress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.SearchSide;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.MatchAnalysis;
import org.tarjuman.core.model.MatchBand;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.store.WorkspaceConfig;

class LeverageTest {

  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale EN = Locale.forLanguageTag("en");
  private static final String ARRIVED = "وصل الوزير إلى الرباط.";
  private static final String LEFT = "غادر الوفد الدار البيضاء يوم الاثنين.";
  private static final String ENDED = "انتهت الزيارة الرسمية.";
  private static final String TMX =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence"
       o-tmf="test" adminlang="en" srclang="ar" datatype="plaintext"/><body>
      <tu><tuv xml:lang="ar"><seg>وصل الوزير إلى الرباط.</seg></tuv>
       <tuv xml:lang="en"><seg>The minister arrived in Rabat.</seg></tuv></tu>
      <tu><tuv xml:lang="ar"><seg>غادر الوفد الدار البيضاء يوم الثلاثاء.</seg></tuv>
       <tuv xml:lang="en"><seg>The delegation left Casablanca on Tuesday.</seg></tuv></tu>
      <tu><prop type="x-context-prev">وصل الوزير إلى الرباط.</prop>
       <tuv xml:lang="ar"><seg>انتهت الزيارة الرسمية.</seg></tuv>
       <tuv xml:lang="en"><seg>The official visit ended.</seg></tuv></tu>
      </body></tmx>
      """;

  @TempDir Path temp;
  private LocalWorkbench workbench;

  @BeforeEach
  void open() throws IOException {
    workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(temp.resolve("ws")));
    Path tmx = Files.writeString(temp.resolve("tm.tmx"), TMX, StandardCharsets.UTF_8);
    workbench.tmImport(tmx, Optional.of(AR), Optional.of(EN), Progress.NONE);
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  private ImportReport importText(String text) throws IOException {
    Path file = Files.writeString(temp.resolve("article.txt"), text, StandardCharsets.UTF_8);
    return workbench.importFile(
        new ImportRequest(file, AR, List.of(EN), Optional.empty(), Optional.empty()),
        (units, segments) -> {});
  }

  @Test
  void countsMatchBandsInSegmentsAndWordsOnImport() throws IOException {
    ImportReport report =
        importText(String.join(" ", ARRIVED, LEFT, LEFT, "جملة جديدة تماما.", ARRIVED, ENDED));

    MatchAnalysis analysis = report.leverage().get(0);
    assertThat(analysis.target()).isEqualTo(EN);
    assertThat(analysis.bands())
        .filteredOn(b -> b.segments() > 0)
        .extracting(
            MatchAnalysis.BandCount::band,
            MatchAnalysis.BandCount::segments,
            MatchAnalysis.BandCount::words)
        .containsExactly(
            tuple(MatchBand.IN_CONTEXT, 1, 3L),
            tuple(MatchBand.EXACT, 2, 8L),
            tuple(MatchBand.REPETITION, 1, 6L),
            tuple(MatchBand.FUZZY_85_94, 1, 6L),
            tuple(MatchBand.NO_MATCH, 1, 3L));
    assertThat(analysis.drafts()).isEqualTo(3);
  }

  @Test
  void fillsExactMatchesAsDraftsAndNeverFuzzyOnes() throws IOException {
    ImportReport report = importText(String.join(" ", LEFT, ARRIVED, ENDED));

    List<SegmentView> segments =
        workbench.segments(Long.toString(report.documentId()), Optional.of(EN), Optional.empty());
    assertThat(segments).extracting(s -> s.translations().size()).containsExactly(0, 1, 1);
    TranslationView first = segments.get(1).translations().get(0);
    assertThat(first.content().plainText()).isEqualTo("The minister arrived in Rabat.");
    assertThat(first.status()).isEqualTo(Status.DRAFT);
    assertThat(first.origin()).isEqualTo(Origin.TM_EXACT);
    assertThat(first.score()).isEqualTo(TmMatch.EXACT);
    assertThat(segments.get(2).translations().get(0).score()).isEqualTo(TmMatch.IN_CONTEXT);
  }

  @Test
  void statsBandsAndSegmentMatchesReadTheTmWithoutWriting() throws IOException {
    ImportReport report = importText(String.join(" ", LEFT, "جملة جديدة تماما.", ENDED));
    String document = Long.toString(report.documentId());
    List<SegmentView> before = workbench.segments(document, Optional.of(EN), Optional.empty());

    List<MatchAnalysis> bands = workbench.matchBands(document);
    Map<Locale, List<TmMatch>> left =
        workbench.segmentMatches(before.get(0).id(), Optional.empty());

    assertThat(bands).singleElement().satisfies(a -> assertThat(a.target()).isEqualTo(EN));
    assertThat(bands.get(0).bands())
        .filteredOn(b -> b.segments() > 0)
        .extracting(MatchAnalysis.BandCount::band, MatchAnalysis.BandCount::segments)
        .containsExactly(
            tuple(MatchBand.EXACT, 1),
            tuple(MatchBand.FUZZY_85_94, 1),
            tuple(MatchBand.NO_MATCH, 1));
    assertThat(left).containsOnlyKeys(EN);
    assertThat(left.get(EN)).singleElement().satisfies(m -> assertThat(m.score()).isEqualTo(85));
    assertThat(left.get(EN).get(0).markedSource()).contains("{+الثلاثاء+}", "[-الاثنين-]");
    assertThat(workbench.segmentMatches(before.get(1).id(), Optional.of(EN)).get(EN)).isEmpty();
    assertThat(workbench.segments(document, Optional.of(EN), Optional.empty()))
        .isEqualTo(before);
  }

  @Test
  void looksUpTypedTextWithHashtagsAsCodesLikeImportedSegments() {
    assertThat(workbench.tmLookup("وصلَ الوزير الى الرباط.", AR, EN, 70, 5))
        .extracting(TmMatch::score)
        .containsExactly(100);
    assertThat(workbench.tmFind("الدار البيضاء", Optional.of(EN), SearchSide.SOURCE, 5)).hasSize(1);
    assertThat(workbench.tmStats().units()).isEqualTo(3);
  }
}
