package org.tarjuman.core.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.LinkKind;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.model.VersionChanges;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationUpdate;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;

/**
 * A new version of a file of software strings, matched by key first: through the real import
 * pipeline, the version matcher and H2.
 */
class ResourceFileVersionTest {

  private static final Locale EN = Locale.forLanguageTag("en");
  private static final Locale AR = Locale.forLanguageTag("ar");

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
  void aReimportedPropertiesFileCarriesOverByKeyAndFlagsEditedNewAndDeletedStrings()
      throws IOException {
    ImportReport first =
        importFile(
            "app.properties",
            """
            app.title=Orders
            app.save=Save changes
            greeting=Welcome back, {0}!
            legacy.fax=Send us a fax
            """);
    translateAll(first);

    ImportReport second =
        importFile(
            "app.properties",
            """
            app.title=Your orders this month
            app.save=Save changes
            home.greeting=Welcome back, {0}!
            cart.empty=Your cart is empty
            """);

    VersionChanges changes = second.changes().orElseThrow();
    assertThat(changes.count(LinkKind.UNCHANGED)).isEqualTo(1);
    assertThat(changes.count(LinkKind.EDITED)).isEqualTo(1);
    assertThat(changes.count(LinkKind.MOVED)).isEqualTo(1);
    assertThat(changes.count(LinkKind.NEW)).isEqualTo(1);
    assertThat(changes.count(LinkKind.DELETED)).isEqualTo(1);
    assertThat(changes.carried()).isEqualTo(2);
    assertThat(changes.suggested()).isEqualTo(1);
    Map<String, String> states =
        workbench.segments("app.properties", Optional.of(AR), Optional.empty()).stream()
            .collect(Collectors.toMap(SegmentView::unitKey, ResourceFileVersionTest::state));
    assertThat(states)
        .containsOnly(
            Map.entry("app.title", "needs-review carried-over [ar] Orders"),
            Map.entry("app.save", "translated carried-over [ar] Save changes"),
            Map.entry("home.greeting", "translated carried-over [ar] Welcome back, {0}!"),
            Map.entry("cart.empty", "untranslated"));
  }

  @Test
  void aPoEntryWithAContextIsMatchedByItsContextWhenItsMessageChanges() throws IOException {
    ImportReport first =
        importFile(
            "app.po",
            """
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"

            msgctxt "menu.file"
            msgid "File"
            msgstr ""

            msgctxt "menu.quit"
            msgid "Quit"
            msgstr ""
            """);
    translateAll(first);

    ImportReport second =
        importFile(
            "app.po",
            """
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"

            msgctxt "menu.file"
            msgid "Document"
            msgstr ""

            msgctxt "menu.quit"
            msgid "Quit"
            msgstr ""
            """);

    VersionChanges changes = second.changes().orElseThrow();
    assertThat(changes.count(LinkKind.EDITED)).isEqualTo(1);
    assertThat(changes.count(LinkKind.UNCHANGED)).isEqualTo(1);
    assertThat(changes.count(LinkKind.NEW)).isZero();
    assertThat(state(find("app.po", "menu.file"))).isEqualTo("needs-review carried-over [ar] File");
  }

  private SegmentView find(String document, String key) {
    return workbench.segments(document, Optional.of(AR), Optional.empty()).stream()
        .filter(s -> s.unitKey().equals(key))
        .findFirst()
        .orElseThrow();
  }

  /** "status origin text" of the Arabic translation, or "untranslated". */
  private static String state(SegmentView segment) {
    return segment.translations().stream()
        .filter(t -> t.target().equals(AR))
        .findFirst()
        .map(ResourceFileVersionTest::describe)
        .orElse("untranslated");
  }

  private static String describe(TranslationView t) {
    return t.status().label() + " " + t.origin().label() + " " + t.content().plainText();
  }

  private void translateAll(ImportReport report) {
    List<TranslationUpdate> updates = new ArrayList<>();
    for (SegmentView s : workbench.segments(report.name(), Optional.empty(), Optional.empty())) {
      Content arabic =
          new Content("[ar] " + s.source().coded(), s.source().codes());
      updates.add(new TranslationUpdate(s.id(), arabic, Status.TRANSLATED));
    }
    workbench
        .translationStore()
        .apply(
            new TranslationBatch(report.documentId(), report.version(), AR, Origin.MANUAL, updates));
  }

  private ImportReport importFile(String name, String text) throws IOException {
    Path file = Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    return workbench.importFile(
        new ImportRequest(file, EN, List.of(AR), Optional.of(name), Optional.empty()),
        (units, segments) -> {});
  }
}
