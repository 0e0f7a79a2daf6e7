package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * The round trip of issue 3 §5 through the real import pipeline and an H2 workspace: import the
 * seed article, export, translate as a CAT tool would, import the file back, export again.
 */
class XliffServiceIT {

  private static final Locale EN = SeedWorkspace.EN;
  private static final String PREFIX = "EN: ";

  @TempDir Path dir;
  private SeedWorkspace workspace;
  private XliffService service;
  private String document;

  @BeforeEach
  void importSeedArticle() throws IOException {
    workspace = SeedWorkspace.importInto(dir);
    service = workspace.service();
    document = SeedWorkspace.DOCUMENT;
  }

  @AfterEach
  void closeWorkspace() {
    workspace.close();
  }

  @ParameterizedTest
  @EnumSource(XliffVersion.class)
  void everyTargetFilledInByATranslatorLandsOnItsSegmentAndComesBackTranslated(XliffVersion version)
      throws Exception {
    Path exported = dir.resolve("article.xlf");
    ExportReport export = service.exportXliff(document, EN, version, exported, /* replace= */ true);
    Path translated =
        write("translated.xlf", CatTool.translate(version, read(exported), PREFIX, n -> true));

    ImportXliffReport report = service.importXliff(translated);

    assertThat(export.units()).isEqualTo(16);
    assertThat(export.translated()).isZero();
    assertThat(report.rejections()).isEmpty();
    assertThat(report.updated()).isEqualTo(16);
    // The article repeats one sentence word for word: one TM unit serves both segments.
    assertThat(report.tmUnitsAdded()).isEqualTo(15);
    List<SegmentView> segments = segments();
    assertThat(segments).hasSize(16).allSatisfy(XliffServiceIT::isTranslatedFromItsOwnSource);
    SegmentView hashtag =
        segments.stream().filter(s -> !s.source().codes().isEmpty()).findFirst().orElseThrow();
    assertThat(translation(hashtag).content().codes()).isEqualTo(hashtag.source().codes());

    Path again = dir.resolve("again.xlf");
    ExportReport second = service.exportXliff(document, EN, version, again, /* replace= */ true);
    assertThat(second.translated()).isEqualTo(16);
    assertThat(states(version, read(again))).hasSize(16).containsOnly("translated");
    assertThat(service.importXliff(again).unchanged()).isEqualTo(16);
  }

  @ParameterizedTest
  @EnumSource(XliffVersion.class)
  void aPartlyTranslatedFileFillsOnlyItsTranslatedSegmentsAndTheRestFollowsLater(
      XliffVersion version) throws Exception {
    Path exported = dir.resolve("article.xlf");
    service.exportXliff(document, EN, version, exported, /* replace= */ true);
    Path half =
        write("half.xlf", CatTool.translate(version, read(exported), PREFIX, n -> n % 2 == 0));

    ImportXliffReport first = service.importXliff(half);

    assertThat(first.updated()).isEqualTo(8);
    assertThat(first.empty()).isEqualTo(8);
    // The article repeats one sentence word for word, once at an even and once at an odd position:
    // the odd one gets the even one's translation as a draft (origin repetition).
    assertThat(first.repetitions()).isEqualTo(1);
    List<SegmentView> segments = segments();
    for (int i = 0; i < segments.size(); i++) {
      if (i % 2 == 0) {
        isTranslatedFromItsOwnSource(segments.get(i));
      } else if (!segments.get(i).translations().isEmpty()) {
        TranslationView copy = translation(segments.get(i));
        assertThat(copy.origin()).isEqualTo(Origin.REPETITION);
        assertThat(copy.status()).isEqualTo(Status.DRAFT);
        assertThat(copy.content().plainText())
            .isEqualTo(PREFIX + segments.get(i).source().plainText());
      }
    }
    assertThat(segments).filteredOn(s -> !s.translations().isEmpty()).hasSize(9);

    Path secondExport = dir.resolve("second.xlf");
    assertThat(service.exportXliff(document, EN, version, secondExport, /* replace= */ true).translated()).isEqualTo(9);
    Path rest =
        write("rest.xlf", CatTool.translate(version, read(secondExport), PREFIX, n -> true));
    ImportXliffReport second = service.importXliff(rest);

    // The CAT tool leaves the repetition's draft as it is: it stays a draft until confirmed.
    assertThat(second.updated()).isEqualTo(7);
    assertThat(second.unchanged()).isEqualTo(9);
    assertThat(segments())
        .filteredOn(s -> translation(s).origin() != Origin.REPETITION)
        .hasSize(15)
        .allSatisfy(XliffServiceIT::isTranslatedFromItsOwnSource);
    service.exportXliff(document, EN, version, secondExport, /* replace= */ true);
    assertThat(states(version, read(secondExport)))
        .hasSize(16)
        .containsOnly("translated", version == XliffVersion.V1_2 ? "needs-translation" : "initial");
  }

  @ParameterizedTest
  @EnumSource(XliffVersion.class)
  void aChangedTargetReplacesTheTranslationAndKeepsTheEarlierOneInItsHistory(XliffVersion version)
      throws Exception {
    Path exported = dir.resolve("article.xlf");
    service.exportXliff(document, EN, version, exported, /* replace= */ true);
    service.importXliff(
        write("t.xlf", CatTool.translate(version, read(exported), PREFIX, n -> true)));
    service.exportXliff(document, EN, version, exported, /* replace= */ true);
    SegmentView third = segments().get(2);

    ImportXliffReport report =
        service.importXliff(
            write("revised.xlf", CatTool.retranslate(version, read(exported), 2, "Revised.")));

    assertThat(report.updated()).isEqualTo(1);
    assertThat(report.unchanged()).isEqualTo(15);
    assertThat(report.tmUnitsAdded()).isEqualTo(1);
    assertThat(translation(segments().get(2)).content().plainText()).isEqualTo("Revised.");
    List<EarlierTranslation> history =
        workspace.workbench().translationStore().history(third.id(), EN);
    assertThat(history).singleElement();
    assertThat(history.get(0).translation().content()).isEqualTo(translation(third).content());
    assertThat(history.get(0).translation().origin()).isEqualTo(Origin.XLIFF);
  }

  @Test
  void aFileThatIsNotWellFormedIsReportedWithItsPositionAndChangesNothing() throws Exception {
    Path exported = dir.resolve("article.xlf");
    service.exportXliff(document, EN, XliffVersion.V1_2, exported, /* replace= */ true);
    byte[] translated = CatTool.translate(XliffVersion.V1_2, read(exported), PREFIX, n -> true);
    Path broken = write("broken.xlf", Arrays.copyOf(translated, translated.length - 40));

    assertThatThrownBy(() -> service.importXliff(broken))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageMatching("broken\\.xlf:\\d+:\\d+: .*");
    assertThat(segments()).allSatisfy(s -> assertThat(s.translations()).isEmpty());
  }

  @Test
  void refusesAFileForADocumentThisWorkspaceDoesNotHave() throws Exception {
    Path exported = dir.resolve("article.xlf");
    service.exportXliff(document, EN, XliffVersion.V1_2, exported, /* replace= */ true);
    XmlEdit edit =
        XmlEdit.of(CatTool.translate(XliffVersion.V1_2, read(exported), PREFIX, n -> true));
    edit.one("//x:context[@context-type='x-tarjuman-document-id']").setTextContent("999");
    Path foreign = edit.write(dir, "foreign.xlf", /* indent= */ false);

    assertThatThrownBy(() -> service.importXliff(foreign))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "foreign.xlf: was exported from a workspace that does not have document 999");
    assertThat(segments()).allSatisfy(s -> assertThat(s.translations()).isEmpty());
  }

  @Test
  void writesIntoAFolderUnderTheDocumentAndLanguageNameAndReplacesAnExistingFile()
      throws Exception {
    Path folder = Files.createDirectory(dir.resolve("out"));
    Path existing = Files.writeString(folder.resolve(SeedArticle.NAME + ".en.xlf"), "old");

    ExportReport report = service.exportXliff(document, EN, XliffVersion.V2_1, folder, /* replace= */ true);

    assertThat(report.file()).isEqualTo(existing);
    assertThat(Files.readString(existing)).contains("urn:oasis:names:tc:xliff:document:2.0");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(existing);
    }
  }

  @Test
  void exportsOnlyForALanguageTheDocumentIsTranslatedInto() {
    Path out = dir.resolve("article.xlf");

    assertThatThrownBy(() -> service.exportXliff(document, Locale.FRENCH, XliffVersion.V1_2, out, /* replace= */ true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not translated into fr; its target languages are en");
    assertThat(out).doesNotExist();
  }

  @Test
  void exportedFilesOfTheRealPipelineValidateAgainstTheXliffSchemas() throws Exception {
    Path v12 = dir.resolve("v12.xlf");
    Path v21 = dir.resolve("v21.xlf");
    service.exportXliff(document, EN, XliffVersion.V1_2, v12, /* replace= */ true);
    service.exportXliff(document, EN, XliffVersion.V2_1, v21, /* replace= */ true);

    Schemas.validate(Schemas.xliff12Transitional(), read(v12));
    Schemas.validate(Schemas.xliff12Strict(), read(v12));
    Schemas.validate(Schemas.xliff2CoreWithModules(), read(v21));
  }

  private List<SegmentView> segments() {
    return workspace.segments();
  }

  private static TranslationView translation(SegmentView segment) {
    assertThat(segment.translations()).hasSize(1);
    return segment.translations().get(0);
  }

  private static void isTranslatedFromItsOwnSource(SegmentView segment) {
    TranslationView translation = translation(segment);
    assertThat(translation.target()).isEqualTo(EN);
    assertThat(translation.content().plainText()).isEqualTo(PREFIX + segment.source().plainText());
    assertThat(translation.status()).isEqualTo(Status.TRANSLATED);
    assertThat(translation.origin()).isEqualTo(Origin.XLIFF);
  }

  /** Each unit's target state as the file says it: 1.2 target/@state, 2.1 segment/@state. */
  private static List<String> states(XliffVersion version, byte[] xliff) {
    XmlEdit edit = XmlEdit.of(xliff);
    return version == XliffVersion.V1_2
        ? edit.all("//x:trans-unit/x:target").stream().map(e -> e.getAttribute("state")).toList()
        : edit.all("//x2:segment[x2:target]").stream().map(e -> e.getAttribute("state")).toList();
  }

  private static byte[] read(Path file) throws IOException {
    return Files.readAllBytes(file);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
