package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationUpdate;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.tm.FuzzyScore;
import org.tarjuman.xliff.model.UnitId;
import org.tarjuman.xliff.model.XliffVersion;
import org.w3c.dom.Element;

/**
 * Export with the TM: on the seed article, with a TM made from another document that holds one of
 * its sentences word for word and another with one word changed, and one of the article's nearly
 * repeated sentences translated.
 */
class XliffSuggestionsIT {

  private static final String TM_PREFIX = "TM: ";

  @TempDir Path dir;
  private SeedWorkspace workspace;
  private XliffService service;
  private List<SegmentView> seed;
  private SegmentView exact;
  private SegmentView fuzzy;
  private SegmentView[] nearPair;

  @BeforeEach
  void prepare() throws IOException {
    workspace = SeedWorkspace.importInto(dir);
    service =
        new XliffService(
            workspace.workbench().documentStore(),
            workspace.workbench().translationStore(),
            workspace.workbench().pretranslation());
    seed = workspace.segments();
    exact = seed.get(0);
    fuzzy = seed.get(3);
    nearPair = nearestPair(seed);
    translateOtherDocument();
    SegmentView done = nearPair[0];
    workspace
        .workbench()
        .translationStore()
        .apply(
            new TranslationBatch(
                done.documentId(),
                done.version(),
                SeedWorkspace.EN,
                Origin.MANUAL,
                List.of(
                    new TranslationUpdate(
                        done.id(), withCodesOf(done, "Done. "), Status.TRANSLATED))));
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void fillsExactMatchesAsDraftsAndOffersFuzzyMatchesAndNearRepetitionsAsAltTrans()
      throws Exception {
    Path file = dir.resolve("v12.xlf");

    ExportReport report =
        service.exportXliff(SeedWorkspace.DOCUMENT, SeedWorkspace.EN, XliffVersion.V1_2, file, /* replace= */ true);

    assertThat(report.tmDrafts()).isEqualTo(1);
    TranslationView draft = translation(exact.id()).orElseThrow();
    assertThat(draft.status()).isEqualTo(Status.DRAFT);
    assertThat(draft.origin()).isEqualTo(Origin.TM_EXACT);
    assertThat(draft.content().plainText()).isEqualTo(TM_PREFIX + exact.source().plainText());
    XmlEdit xml = XmlEdit.of(Files.readAllBytes(file));
    Element target = xml.one(unit12(exact) + "/x:target");
    assertThat(target.getAttribute("state")).isEqualTo("needs-translation");
    assertThat(target.getTextContent()).startsWith(TM_PREFIX);

    Element fuzzyAlt = xml.one(unit12(fuzzy) + "/x:alt-trans[@origin='tm-fuzzy']");
    assertThat(fuzzyAlt.getAttribute("origin")).isEqualTo("tm-fuzzy");
    assertThat(Integer.parseInt(fuzzyAlt.getAttribute("match-quality"))).isBetween(50, 99);
    assertThat(xml.one(unit12(fuzzy) + "/x:target").getTextContent()).isEmpty();
    assertThat(translation(fuzzy.id())).isEmpty();

    List<Element> nearAlts = xml.all(unit12(nearPair[1]) + "/x:alt-trans[@origin='repetition']");
    assertThat(nearAlts).singleElement();
    assertThat(nearAlts.get(0).getTextContent()).contains("Done.");

    byte[] bytes = Files.readAllBytes(file);
    Schemas.validate(Schemas.xliff12Transitional(), bytes);
    Schemas.validate(Schemas.xliff12Strict(), bytes);
  }

  @Test
  void writesMatchesAsMtcMatchesInXliff21AndImportIgnoresThem() throws Exception {
    Path file = dir.resolve("v21.xlf");

    service.exportXliff(SeedWorkspace.DOCUMENT, SeedWorkspace.EN, XliffVersion.V2_1, file, /* replace= */ true);

    byte[] bytes = Files.readAllBytes(file);
    Schemas.validate(Schemas.xliff2CoreWithModules(), bytes);
    XmlEdit xml = XmlEdit.of(bytes);
    Element match =
        xml.one("//x2:unit[@id='" + new UnitId(fuzzy.id()).value() + "']//mtc:match");
    assertThat(match.getAttribute("origin")).isEqualTo("tm-fuzzy");
    assertThat(Double.parseDouble(match.getAttribute("matchQuality"))).isBetween(50.0, 99.0);
    assertThat(
            xml.one("//x2:unit[@id='" + new UnitId(exact.id()).value() + "']//x2:segment")
                .getAttribute("state"))
        .isEqualTo("initial");

    ImportXliffReport imported = service.importXliff(file);

    assertThat(imported.rejections()).isEmpty();
    assertThat(translation(fuzzy.id())).isEmpty();
    assertThat(translation(nearPair[1].id())).isEmpty();
  }

  /** Another document with the article's first sentence and its fourth with one word changed. */
  private void translateOtherDocument() throws IOException {
    String changed = changeOneWord(fuzzy.source().plainText());
    Path other =
        Files.writeString(
            dir.resolve("other.txt"),
            exact.source().plainText() + "\n" + changed + "\n",
            StandardCharsets.UTF_8);
    ImportReport report =
        workspace
            .workbench()
            .importFile(
                new ImportRequest(
                    other,
                    SeedWorkspace.AR,
                    List.of(SeedWorkspace.EN),
                    Optional.of("other"),
                    Optional.empty()),
                ImportProgress.NONE);
    List<SegmentView> segments =
        workspace.workbench().segments("other", Optional.empty(), Optional.empty());
    assertThat(segments).hasSize(2);
    workspace
        .workbench()
        .translationStore()
        .apply(
            new TranslationBatch(
                report.documentId(),
                1,
                SeedWorkspace.EN,
                Origin.XLIFF,
                segments.stream()
                    .map(
                        s ->
                            new TranslationUpdate(
                                s.id(),
                                new Content(TM_PREFIX + s.source().coded(), s.source().codes()),
                                Status.TRANSLATED))
                    .toList()));
  }

  /** A translation: the text, then the segment's inline codes in their order. */
  private static Content withCodesOf(SegmentView segment, String text) {
    String codes = segment.source().coded().replaceAll("[^\\uE000-\\uF8FF]", "");
    return new Content(text + codes, segment.source().codes());
  }

  private static String changeOneWord(String text) {
    String[] words = text.split(" ");
    words[2] = "كلمة";
    return String.join(" ", words);
  }

  /** The two different segments of the article whose sources are the most alike. */
  private static SegmentView[] nearestPair(List<SegmentView> segments) {
    SegmentView[] best = null;
    int bestScore = 0;
    for (int i = 0; i < segments.size(); i++) {
      for (int j = i + 1; j < segments.size(); j++) {
        Content a = segments.get(i).source();
        Content b = segments.get(j).source();
        int score =
            FuzzyScore.score(
                ArabicNormaliser.normalise(a), a.codes(), ArabicNormaliser.normalise(b), b.codes());
        if (score < 100 && score > bestScore && i != 0 && i != 3 && j != 0 && j != 3) {
          best = new SegmentView[] {segments.get(i), segments.get(j)};
          bestScore = score;
        }
      }
    }
    assertThat(bestScore).as("the article's nearest repetition").isGreaterThanOrEqualTo(50);
    return best;
  }

  private Optional<TranslationView> translation(long segmentId) {
    return workspace.workbench().segment(segmentId).translations().stream()
        .filter(t -> t.target().equals(SeedWorkspace.EN))
        .findFirst();
  }

  private static String unit12(SegmentView segment) {
    return "//x:trans-unit[@id='" + new UnitId(segment.id()).value() + "']";
  }
}
