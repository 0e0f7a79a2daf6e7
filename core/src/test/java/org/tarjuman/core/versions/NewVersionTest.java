package org.tarjuman.core.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * The seed article, translated, then re-imported edited: through the real import pipeline, the
 * version matcher and H2.
 */
class NewVersionTest {

  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale EN = Locale.forLanguageTag("en");
  private static final String SEED = "/org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";
  private static final String ADDED = "وأعلن الجيش عن برنامج جديد للتدريب المشترك في العام المقبل.";

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
  void carriesTranslationsOverToAnEditedArticle() throws IOException {
    String[] lines = seed().split("\n", -1);
    ImportReport first = importText(String.join("\n", lines));
    List<SegmentView> v1 = translateAll(first);

    ImportReport second = importText(String.join("\n", edited(lines)));

    VersionChanges changes = second.changes().orElseThrow();
    assertThat(second.version()).isEqualTo(2);
    assertThat(changes.previousVersion()).isEqualTo(1);
    assertThat(changes.count(LinkKind.EDITED)).isEqualTo(1);
    assertThat(changes.count(LinkKind.MOVED)).isEqualTo(1);
    assertThat(changes.count(LinkKind.SPLIT)).isEqualTo(2);
    assertThat(changes.count(LinkKind.NEW)).isEqualTo(1);
    assertThat(changes.count(LinkKind.DELETED)).isEqualTo(1);
    assertThat(changes.count(LinkKind.UNCHANGED)).isEqualTo(v1.size() - 4);
    assertThat(changes.carried()).isEqualTo(v1.size() - 3);
    assertThat(changes.suggested()).isEqualTo(2);
    assertThat(changes.deleted())
        .containsExactly(find(v1, lines[7].substring(0, 30)).id());

    List<SegmentView> v2 = workbench.segments("article", Optional.of(EN), Optional.empty());
    SegmentView edited = find(v2, "الثلاثاء، إسرائيل للمشاركة");
    TranslationView suggestion = english(edited).orElseThrow();
    assertThat(suggestion.status()).isEqualTo(Status.NEEDS_REVIEW);
    assertThat(suggestion.origin()).isEqualTo(Origin.CARRIED_OVER);
    assertThat(suggestion.score()).isBetween(VersionMatcher.EDIT_THRESHOLD, 99);
    assertThat(suggestion.content().plainText()).isEqualTo("EN1.");

    SegmentView moved = find(v2, lines[1].substring(0, 30));
    assertThat(english(moved).orElseThrow())
        .satisfies(t -> assertThat(t.status()).isEqualTo(Status.TRANSLATED))
        .satisfies(t -> assertThat(t.origin()).isEqualTo(Origin.CARRIED_OVER))
        .satisfies(t -> assertThat(t.content().plainText()).isEqualTo("EN2."));

    SegmentView added = find(v2, ADDED);
    assertThat(english(added)).isEmpty();
    int splitFirst = v2.indexOf(find(v2, "وسبق لإسرائيل"));
    assertThat(english(v2.get(splitFirst)).orElseThrow().status()).isEqualTo(Status.NEEDS_REVIEW);
    assertThat(english(v2.get(splitFirst + 1))).isEmpty();

    // A third import of the same text keeps the suggestion as it was, score included.
    importText(String.join("\n", edited(lines)));
    TranslationView again =
        english(find(workbench.segments("article", Optional.of(EN), Optional.empty()),
                "الثلاثاء، إسرائيل للمشاركة"))
            .orElseThrow();
    assertThat(again.status()).isEqualTo(Status.NEEDS_REVIEW);
    assertThat(again.score()).isEqualTo(suggestion.score());

    // The old version and its translations are intact and can still be read.
    List<SegmentView> old = workbench.segments("article", 1, Optional.of(EN), Optional.empty());
    assertThat(old).hasSameSizeAs(v1);
    assertThat(old)
        .allSatisfy(s -> assertThat(english(s).orElseThrow().origin()).isEqualTo(Origin.MANUAL));
  }

  @Test
  void anUnchangedReimportCarriesEverythingOver() throws IOException {
    ImportReport first = importText(seed());
    List<SegmentView> v1 = translateAll(first);

    ImportReport second = importText(seed());

    VersionChanges changes = second.changes().orElseThrow();
    assertThat(changes.count(LinkKind.UNCHANGED)).isEqualTo(v1.size());
    assertThat(changes.carried()).isEqualTo(v1.size());
    assertThat(workbench.segments("article", Optional.of(EN), Optional.of(Status.TRANSLATED)))
        .hasSameSizeAs(v1);
    assertThat(first.changes()).isEmpty();
  }

  /** The article with line 1 edited, lines 2 and 3 swapped, a line added, one deleted, the last split. */
  private static List<String> edited(String[] lines) {
    List<String> out = new ArrayList<>(Arrays.asList(lines));
    out.set(0, lines[0].replace("الاثنين", "الثلاثاء"));
    out.set(1, lines[2]);
    out.set(2, lines[1]);
    String last = lines[lines.length - 1];
    assertThat(last).contains("، التي ضمتها");
    out.set(lines.length - 1, last.replace("، التي ضمتها", ". التي ضمتها"));
    out.remove(7);
    out.add(5, ADDED);
    return out;
  }

  private List<SegmentView> translateAll(ImportReport report) {
    List<SegmentView> segments = workbench.segments("article", Optional.empty(), Optional.empty());
    List<TranslationUpdate> updates = new ArrayList<>();
    for (SegmentView s : segments) {
      updates.add(
          new TranslationUpdate(
              s.id(), new Content("EN" + s.index() + ".", List.of()), Status.TRANSLATED));
    }
    workbench
        .translationStore()
        .apply(
            new TranslationBatch(report.documentId(), report.version(), EN, Origin.MANUAL, updates));
    return segments;
  }

  private static Optional<TranslationView> english(SegmentView segment) {
    return segment.translations().stream().filter(t -> t.target().equals(EN)).findFirst();
  }

  private static SegmentView find(List<SegmentView> segments, String text) {
    return segments.stream()
        .filter(s -> s.source().plainText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no segment with " + text));
  }

  private ImportReport importText(String text) throws IOException {
    Path file = Files.writeString(temp.resolve("article.txt"), text, StandardCharsets.UTF_8);
    return workbench.importFile(
        new ImportRequest(file, AR, List.of(EN), Optional.of("article"), Optional.empty()),
        (units, segments) -> {});
  }

  private static String seed() throws IOException {
    try (InputStream in = NewVersionTest.class.getResourceAsStream(SEED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
