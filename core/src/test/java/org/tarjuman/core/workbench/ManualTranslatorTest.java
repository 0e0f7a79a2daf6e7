package org.tarjuman.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.store.WorkspaceConfig;

/** {@code translate} against a real H2 workspace: history, TM, sign-off, refusals. */
class ManualTranslatorTest {

  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale EN = Locale.forLanguageTag("en");
  private static final Locale FR = Locale.forLanguageTag("fr");
  private static final String SOURCE = "وصل الوزير إلى الرباط #زيارة اليوم.";

  @TempDir Path temp;
  private LocalWorkbench workbench;
  private long segment;

  @BeforeEach
  void importArticle() throws IOException {
    workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(temp.resolve("ws")));
    Path file = Files.writeString(temp.resolve("a.txt"), SOURCE, StandardCharsets.UTF_8);
    long document =
        workbench
            .importFile(
                new ImportRequest(file, AR, List.of(EN), Optional.empty(), Optional.empty()),
                (units, segments) -> {})
            .documentId();
    segment = workbench.segments(String.valueOf(document), Optional.empty(), Optional.empty()).get(0).id();
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void setsAManualTranslationKeepsTheEarlierOneAndFillsTheTm() {
    workbench.translate(segment, EN, Optional.of("The minister reached Rabat #زيارة today."), Status.TRANSLATED);
    SegmentView now =
        workbench.translate(segment, EN, Optional.of("The minister arrived in Rabat #زيارة today."), Status.TRANSLATED);

    TranslationView translation = now.translations().get(0);
    assertThat(translation.content().plainText()).isEqualTo("The minister arrived in Rabat #زيارة today.");
    assertThat(translation.origin()).isEqualTo(Origin.MANUAL);
    assertThat(translation.status()).isEqualTo(Status.TRANSLATED);
    assertThat(workbench.history(segment, EN))
        .extracting(e -> e.translation().content().plainText())
        .containsExactly("The minister reached Rabat #زيارة today.");
    List<TmMatch> matches = workbench.tmLookup(SOURCE, AR, EN, 100, 5);
    assertThat(matches)
        .extracting(m -> m.unit().target().plainText())
        .contains("The minister arrived in Rabat #زيارة today.");
  }

  @Test
  void signsOffKeepingTextAndOrigin() {
    workbench.translate(segment, EN, Optional.of("The minister arrived in Rabat #زيارة today."), Status.TRANSLATED);

    SegmentView signed = workbench.translate(segment, EN, Optional.empty(), Status.FINAL);

    TranslationView translation = signed.translations().get(0);
    assertThat(translation.status()).isEqualTo(Status.FINAL);
    assertThat(translation.content().plainText()).isEqualTo("The minister arrived in Rabat #زيارة today.");
    assertThat(workbench.history(segment, EN))
        .extracting(EarlierTranslation::translation)
        .extracting(TranslationView::status)
        .containsExactly(Status.TRANSLATED);
  }

  @Test
  void refusesTranslationWithAMissingCodeAndWritesNothing() {
    assertThatThrownBy(
            () -> workbench.translate(segment, EN, Optional.of("The minister arrived."), Status.TRANSLATED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing #زيارة");
    assertThat(workbench.segment(segment).translations()).isEmpty();
  }

  @Test
  void refusesSignOffWithoutATranslationAndALanguageNotOfTheDocument() {
    assertThatThrownBy(() -> workbench.translate(segment, EN, Optional.empty(), Status.REVIEWED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no translation into en");
    assertThatThrownBy(() -> workbench.translate(segment, FR, Optional.of("x #زيارة"), Status.TRANSLATED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not translated into fr");
    assertThatThrownBy(() -> workbench.translate(segment, EN, Optional.of("x #زيارة"), Status.DRAFT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("translated, reviewed or final");
  }
}
