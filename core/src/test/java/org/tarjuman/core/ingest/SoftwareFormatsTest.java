package org.tarjuman.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.SkipReason;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;

/**
 * Each software string and markup format, imported by the real pipeline (Tika, the Okapi filter
 * chosen by {@link FilterCatalog}, SRX, H2) from the fixtures in {@code formats/}: keys, notes,
 * placeholders as inline codes, skipped units.
 */
class SoftwareFormatsTest {

  static final Locale EN = Locale.ENGLISH;
  static final Locale AR = Locale.forLanguageTag("ar");

  @TempDir Path temp;
  private LocalWorkbench workbench;

  @BeforeEach
  void openWorkspace() {
    workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(temp.resolve("ws")));
  }

  @AfterEach
  void closeWorkspace() {
    workbench.close();
  }

  @Test
  void importsJavaPropertiesWithKeysCommentsAndPlaceholders() throws IOException {
    ImportReport report = importFixture("app.properties");

    assertThat(report.mediaType()).isEqualTo(Format.PROPERTIES.mediaType());
    assertThat(report.units()).isEqualTo(8);
    assertThat(report.skippedBy()).as("checkout.empty=").containsOnly(entry(SkipReason.EMPTY, 1));
    List<SegmentView> segments = segments("app.properties");
    assertThat(segments).allMatch(SegmentView::resourceKey);
    SegmentView greeting = unit(segments, "checkout.greeting");
    assertThat(greeting.source().plainText()).isEqualTo("Welcome back, {0}!");
    assertThat(codes(greeting)).containsExactly("{0}");
    assertThat(greeting.unitNote()).isEqualTo("{0} is the customer's first name.");
    assertThat(codes(unit(segments, "checkout.items"))).containsExactly("%d");
    assertThat(codes(unit(segments, "checkout.terms")))
        .containsExactly("<a href=\"/terms\">", "</a>");
    assertThat(codes(unit(segments, "checkout.multiline"))).containsExactly("\\n");
    assertThat(unit(segments, "checkout.unicode").source().plainText())
        .isEqualTo("Café opens at 9.");
    assertThat(unit(segments, "checkout.continued").source().plainText())
        .isEqualTo("Your order ships within two days.");
    assertThat(segments).extracting(SegmentView::unitKey).doesNotContain("checkout.empty");
  }

  @Test
  void importsGettextWithContextNotesAndSixArabicPluralForms() throws IOException {
    ImportReport report = importFixture("messages.po");

    assertThat(report.mediaType()).isEqualTo(Format.PO.mediaType());
    assertThat(report.warnings()).isEmpty();
    List<SegmentView> segments = segments("messages.po");
    SegmentView basket = unit(segments, "basket.open");
    assertThat(basket.source().plainText()).isEqualTo("Open basket");
    assertThat(basket.unitNote())
        .isEqualTo(
            "The button that opens the basket.\nContext: basket.open\n"
                + "References: src/basket.js:12");
    assertThat(unit(segments, "menu").unitNote()).startsWith("Translator: keep it short");
    assertThat(codes(unit(segments, "Hello %s, you have new mail."))).containsExactly("%s");
    assertThat(segments)
        .filteredOn(s -> s.unitKey().startsWith("One file was deleted."))
        .extracting(SegmentView::unitKey, s -> s.source().plainText())
        .containsExactly(
            tuple("One file was deleted.[0]", "One file was deleted."),
            tuple("One file was deleted.[1]", "%d files were deleted."),
            tuple("One file was deleted.[2]", "%d files were deleted."),
            tuple("One file was deleted.[3]", "%d files were deleted."),
            tuple("One file was deleted.[4]", "%d files were deleted."),
            tuple("One file was deleted.[5]", "%d files were deleted."));
  }

  @Test
  void givesATwoFormTemplateTheSixPluralFormsArabicNeedsEachTranslatable() throws IOException {
    ImportReport report = importFixture("messages.pot");

    assertThat(report.mediaType()).isEqualTo(Format.PO.mediaType());
    assertThat(report.units()).isEqualTo(6);
    assertThat(report.warnings()).isEmpty();
    assertThat(segments("messages.pot"))
        .extracting(SegmentView::unitKey, s -> s.source().plainText())
        .containsExactly(
            tuple("One file was deleted.[0]", "One file was deleted."),
            tuple("One file was deleted.[1]", "%d files were deleted."),
            tuple("One file was deleted.[2]", "%d files were deleted."),
            tuple("One file was deleted.[3]", "%d files were deleted."),
            tuple("One file was deleted.[4]", "%d files were deleted."),
            tuple("One file was deleted.[5]", "%d files were deleted."));
  }

  @Test
  void importsJsonValuesWithKeyPathsAndIcuPlaceholders() throws IOException {
    ImportReport report = importFixture("strings.json");

    assertThat(report.mediaType()).isEqualTo(Format.JSON.mediaType());
    assertThat(report.skippedBy()).as("the empty value").containsOnly(entry(SkipReason.EMPTY, 1));
    List<SegmentView> segments = segments("strings.json");
    assertThat(segments)
        .extracting(SegmentView::unitKey)
        .containsExactly("/app/title", "/app/welcome", "/app/upload", "/errors/notFound");
    assertThat(codes(unit(segments, "/app/welcome"))).containsExactly("{name}", "{count}");
    assertThat(codes(unit(segments, "/app/upload"))).containsExactly("<b>", "{{fileName}}", "</b>");
    assertThat(codes(unit(segments, "/errors/notFound"))).containsExactly("%s");
  }

  @Test
  void importsYamlLocaleFileWithRailsPlaceholders() throws IOException {
    ImportReport report = importFixture("en.yml");

    assertThat(report.mediaType()).isEqualTo(Format.YAML.mediaType());
    assertThat(report.skippedBy()).containsOnly(entry(SkipReason.EMPTY, 1));
    List<SegmentView> segments = segments("en.yml");
    assertThat(codes(unit(segments, "en/greeting"))).containsExactly("%{name}");
    assertThat(codes(unit(segments, "en/orders/count"))).containsExactly("%d");
    assertThat(unit(segments, "en/orders/title").source().plainText()).isEqualTo("Your orders");
  }

  @Test
  void importsAndroidStringsWithoutUntranslatableOnes() throws IOException {
    ImportReport report = importFixture("strings.xml");

    assertThat(report.mediaType()).isEqualTo(Format.ANDROID_STRINGS.mediaType());
    assertThat(report.skippedBy()).as("translatable=\"false\"").containsOnly(entry(SkipReason.ITS_RULE, 1));
    List<SegmentView> segments = segments("strings.xml");
    assertThat(segments)
        .extracting(SegmentView::unitKey)
        .containsExactly("app_name", "greeting", "forecast", "days_left_one", "days_left_other");
    assertThat(codes(unit(segments, "forecast"))).containsExactly("<b>", "%2$s", "</b>", "%1$s");
    assertThat(segments).noneMatch(s -> s.source().plainText().contains("AIzaSyExample"));
  }

  @Test
  void countsAnEmptyAndroidStringAsEmptyNotAsMarkedNotToTranslate() throws IOException {
    Path file = temp.resolve("values").resolve("strings.xml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        <?xml version="1.0" encoding="utf-8"?>
        <resources>
            <string name="app_name" translatable="false">Tarjuman</string>
            <string name="welcome">Welcome, %1$s!</string>
            <string name="empty"></string>
        </resources>
        """);

    ImportReport report =
        workbench.importFile(
            new ImportRequest(file, EN, List.of(AR), Optional.empty(), Optional.empty()),
            ImportProgress.NONE);

    assertThat(report.skippedBy())
        .containsOnly(entry(SkipReason.ITS_RULE, 1), entry(SkipReason.EMPTY, 1));
  }

  @Test
  void importsXmlWithItsRules() throws IOException {
    ImportReport report = importFixture("catalog.xml");

    assertThat(report.mediaType()).isEqualTo(Format.XML.mediaType());
    assertThat(report.skippedBy()).as("its:translate=\"no\"").containsOnly(entry(SkipReason.ITS_RULE, 1));
    List<SegmentView> segments = segments("catalog.xml");
    assertThat(segments)
        .extracting(s -> s.source().plainText())
        .containsExactly("Desk lamp", "A lamp with <em>three</em> brightness levels.");
    assertThat(segments.get(1).unitNote()).isEqualTo("Shown on the product page under the photo.");
    assertThat(segments).noneMatch(SegmentView::resourceKey);
  }

  @Test
  void importsMarkdownWithFormattingAsCodes() throws IOException {
    ImportReport report = importFixture("guide.md");

    assertThat(report.mediaType()).isEqualTo(Format.MARKDOWN.mediaType());
    List<SegmentView> segments = segments("guide.md");
    assertThat(segments.get(0).source().plainText()).isEqualTo("Getting started");
    assertThat(segments)
        .extracting(s -> s.source().textOnly())
        .contains("Install the app and open Settings.", "Tap Save to keep your changes.");
  }

  @Test
  void importsXliff12FromAClientWithResnamesAndNotes() throws IOException {
    ImportReport report = importFixture("client.xlf");

    assertThat(report.mediaType()).isEqualTo(Format.XLIFF.mediaType());
    assertThat(report.skippedBy())
        .as("translate=\"no\"")
        .containsOnly(entry(SkipReason.NOT_TRANSLATABLE, 1));
    List<SegmentView> segments = segments("client.xlf");
    assertThat(segments).extracting(SegmentView::unitKey).containsExactly("login.title", "login.hint");
    assertThat(segments.get(0).unitNote()).isEqualTo("Title of the login dialog.");
    assertThat(segments.get(1).source().codes()).hasSize(2);
  }

  @Test
  void importsXliff2FromAClient() throws IOException {
    ImportReport report = importFixture("client2.xlf");

    assertThat(report.mediaType()).isEqualTo(Format.XLIFF2.mediaType());
    assertThat(report.skippedBy()).containsOnly(entry(SkipReason.NOT_TRANSLATABLE, 1));
    List<SegmentView> segments = segments("client2.xlf");
    assertThat(segments).extracting(SegmentView::unitKey).containsExactly("login.title", "login.hint");
    assertThat(segments.get(0).unitNote()).isEqualTo("Title of the login dialog.");
  }

  @Test
  void keepsEachSoftwareStringWholeAsOneSegmentEvenAtAColonBeforeAPlaceholder() throws IOException {
    Path file =
        Files.writeString(
            temp.resolve("errors.properties"),
            """
            error=Error: {0}
            files=Files: %d
            saved=  Saved. Restart the app to apply the changes.
            """);
    workbench.importFile(
        new ImportRequest(file, EN, List.of(AR), Optional.empty(), Optional.empty()),
        ImportProgress.NONE);

    assertThat(segments("errors.properties"))
        .extracting(SegmentView::unitKey, s -> s.source().plainText())
        .containsExactly(
            tuple("error", "Error: {0}"),
            tuple("files", "Files: %d"),
            tuple("saved", "Saved. Restart the app to apply the changes."));
  }

  private ImportReport importFixture(String name) throws IOException {
    Path file = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("formats/" + name)) {
      Files.copy(in, file);
    }
    return workbench.importFile(
        new ImportRequest(file, EN, List.of(AR), Optional.empty(), Optional.empty()),
        ImportProgress.NONE);
  }

  private List<SegmentView> segments(String document) {
    return workbench.segments(document, Optional.empty(), Optional.empty());
  }

  private static SegmentView unit(List<SegmentView> segments, String key) {
    return segments.stream().filter(s -> s.unitKey().equals(key)).findFirst().orElseThrow();
  }

  private static List<String> codes(SegmentView segment) {
    return segment.source().codes().stream().map(InlineCode::data).toList();
  }
}
