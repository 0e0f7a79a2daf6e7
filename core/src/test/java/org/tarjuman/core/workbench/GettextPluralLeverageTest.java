package org.tarjuman.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.Progress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.MatchAnalysis;
import org.tarjuman.core.model.MatchBand;
import org.tarjuman.core.model.MatchSuggestion;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationUpdate;
import org.tarjuman.core.store.WorkspaceConfig;

/**
 * A two-form Gettext catalogue imported into Arabic: its plural entry gets six forms, five of them
 * with the {@code msgid_plural} as source. They are not repetitions of each other in the import's
 * analysis nor in the export's suggestions, and none is drafted from the TM.
 */
class GettextPluralLeverageTest {

  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale EN = Locale.forLanguageTag("en");
  private static final String PO =
      """
      msgid ""
      msgstr ""
      "Content-Type: text/plain; charset=UTF-8\\n"
      "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

      msgid "One file deleted."
      msgid_plural "Files deleted."
      msgstr[0] ""
      msgstr[1] ""

      msgid "Save"
      msgstr ""

      msgctxt "toolbar"
      msgid "Save"
      msgstr ""
      """;
  private static final String TMX =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence"
       o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/><body>
      <tu><tuv xml:lang="en"><seg>Files deleted.</seg></tuv>
       <tuv xml:lang="ar"><seg>حُذف ملفان.</seg></tuv></tu>
      </body></tmx>
      """;

  @TempDir Path temp;
  private LocalWorkbench workbench;

  @BeforeEach
  void open() {
    workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(temp.resolve("ws")));
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void countsOnlyTheRepeatedStringAsARepetitionNotThePluralForms() throws IOException {
    ImportReport report = importCatalogue();

    MatchAnalysis analysis = report.leverage().get(0);
    assertThat(analysis.bands())
        .filteredOn(b -> b.segments() > 0)
        .extracting(MatchAnalysis.BandCount::band, MatchAnalysis.BandCount::segments)
        .containsExactly(tuple(MatchBand.REPETITION, 1), tuple(MatchBand.NO_MATCH, 7));
  }

  @Test
  void draftsNoPluralFormFromAnExactTmMatchAndOffersItAtExportInstead() throws IOException {
    Path tmx = Files.writeString(temp.resolve("tm.tmx"), TMX, StandardCharsets.UTF_8);
    workbench.tmImport(tmx, Optional.of(EN), Optional.of(AR), Progress.NONE);

    ImportReport report = importCatalogue();
    Pretranslation.Prepared prepared = prepare(report);

    assertThat(report.leverage().get(0).drafts()).isZero();
    assertThat(report.leverage().get(0).count(MatchBand.EXACT).segments()).isEqualTo(5);
    assertThat(segments(report)).allMatch(s -> s.translations().isEmpty());
    assertThat(prepared.drafts()).isEmpty();
    SegmentView many = segments(report).get(4);
    assertThat(many.unitKey()).isEqualTo("One file deleted.[4]");
    assertThat(prepared.suggestions().get(many.id()))
        .extracting(s -> s.target().plainText(), MatchSuggestion::score, MatchSuggestion::origin)
        .containsExactly(tuple("حُذف ملفان.", 100, Origin.TM_EXACT));
  }

  @Test
  void offersAPluralFormNoTranslationOfItsEntrysOtherForms() throws IOException {
    ImportReport report = importCatalogue();
    SegmentView two = segments(report).get(2);
    workbench
        .translationStore()
        .apply(
            new TranslationBatch(
                report.documentId(),
                report.version(),
                AR,
                Origin.MANUAL,
                List.of(
                    new TranslationUpdate(
                        two.id(), Content.ofText("حُذف ملفان."), Status.TRANSLATED))));

    Pretranslation.Prepared prepared = prepare(report);

    List<SegmentView> segments = segments(report);
    assertThat(segments)
        .filteredOn(s -> !s.translations().isEmpty())
        .extracting(SegmentView::id)
        .containsExactly(two.id());
    assertThat(prepared.suggestions()).doesNotContainKeys(segments.get(3).id());
    assertThat(workbench.tmStats().units()).isZero();
  }

  private ImportReport importCatalogue() throws IOException {
    Path file = Files.writeString(temp.resolve("app.po"), PO, StandardCharsets.UTF_8);
    return workbench.importFile(
        new ImportRequest(file, EN, List.of(AR), Optional.empty(), Optional.empty()),
        (units, segments) -> {});
  }

  private List<SegmentView> segments(ImportReport report) {
    return workbench.segments(
        Long.toString(report.documentId()), Optional.of(AR), Optional.empty());
  }

  private Pretranslation.Prepared prepare(ImportReport report) {
    return workbench
        .pretranslation()
        .prepare(
            workbench.documentStore(),
            workbench.documentStore().existingDocument(Long.toString(report.documentId())),
            AR);
  }
}
