package org.tarjuman.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tarjuman.cli.FakeWorkbench;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.LinkKind;
import org.tarjuman.core.model.SkipReason;
import org.tarjuman.core.model.VersionChanges;

class DocumentTextTest {

  private final DocumentText text = new DocumentText(80);

  @Test
  void reportsAnImportWithTypeCharsetAndCounts() {
    ImportReport report =
        new ImportReport(
            4, "article.txt", 2, "text/plain", "windows-1256", 14, 16, 361, List.of("a warning"));

    assertThat(text.importReport(report))
        .isEqualTo(
            """
            Imported document 4, version 2: article.txt
              type        text/plain; charset=windows-1256
              units       14
              segments    16
              words       361
              warning     a warning\
            """);
  }

  @Test
  void saysHowManyStringsWereSkippedAndWhyInTextAndJson() throws Exception {
    ImportReport report =
        new ImportReport(
            1, "strings.xml", 1, "application/x-android-strings+xml", "UTF-8", 5, 5, 12,
            List.of(), List.of(), Optional.empty(),
            Map.of(SkipReason.ITS_RULE, 2, SkipReason.EMPTY, 1, SkipReason.NOT_TRANSLATABLE, 0));

    assertThat(text.importReport(report))
        .endsWith("\n  skipped     3 (1 empty, 2 not to translate by ITS rules)");
    JsonNode skipped = new ObjectMapper().readTree(new ImportJson().importReport(report)).get("skipped");
    assertThat(skipped.toString()).isEqualTo("{\"total\":3,\"empty\":1,\"itsRule\":2}");
  }

  @Test
  void countsEachKindOfChangeOfANewVersionAndWhatWasCarriedOver() {
    ImportReport report =
        new ImportReport(4, "article", 2, "text/plain", "UTF-8", 14, 17, 361, List.of())
            .withChanges(
                Optional.of(
                    new VersionChanges(
                        1,
                        Map.of(
                            LinkKind.UNCHANGED, 12,
                            LinkKind.MOVED, 1,
                            LinkKind.EDITED, 1,
                            LinkKind.SPLIT, 2,
                            LinkKind.NEW, 1,
                            LinkKind.DELETED, 1),
                        13,
                        2,
                        List.of(8L))));

    assertThat(text.importReport(report))
        .contains(
            "\n  changes     against version 1: 12 unchanged, 1 moved, 1 edited, 2 split, 0"
                + "\n              merged, 1 new, 1 deleted\n",
            "\n  carried     13 translations as they were, 2 as needs-review suggestions",
            "\n  deleted     segment 8 of version 1");
  }

  @Test
  void reportsAFirstImportWithoutChanges() {
    ImportReport report = new ImportReport(1, "a", 1, "text/plain", "UTF-8", 1, 1, 1, List.of());

    assertThat(text.importReport(report)).doesNotContain("changes", "carried");
  }

  @Test
  void omitsTheCharsetOfABinaryFormat() {
    ImportReport report =
        new ImportReport(1, "a.docx", 1, "application/x-docx", "", 1, 1, 1, List.of());

    assertThat(text.importReport(report)).contains("type        application/x-docx\n");
  }

  @Test
  void listsDocumentsWithLanguagesAndProgressPerTarget() {
    String out = text.documents(List.of(FakeWorkbench.summary()));

    assertThat(out.lines().toList().get(1))
        .containsSubsequence("1", "1", "ar → en", "3", "21", "en 1/3", FakeWorkbench.NAME);
  }

  @Test
  void breaksALongDocumentNameBetweenItsPartsToFitEightyColumns() {
    DocumentSummary summary = FakeWorkbench.summary();
    String name = "ar-news-morocco-israel-military-visit-with-a-long-name.txt";
    DocumentSummary longName =
        new DocumentSummary(
            summary.id(),
            name,
            summary.version(),
            summary.versionId(),
            summary.source(),
            summary.targets(),
            summary.mediaType(),
            summary.charset(),
            summary.sha256(),
            summary.segments(),
            summary.words(),
            summary.importedAt(),
            summary.translated());

    List<String> lines = text.documents(List.of(longName)).lines().toList();

    assertThat(lines).hasSizeGreaterThan(2).allSatisfy(l -> assertThat(l).hasSizeLessThan(81));
    assertThat(String.join("", lines.subList(1, lines.size()).stream().map(String::strip).toList()))
        .endsWith(name);
  }

  @Test
  void saysHowToStartWhenThereAreNoDocuments() {
    assertThat(text.documents(List.of())).contains("import FILE");
  }

  @Test
  void showsStatsForOneOrEveryDocument() {
    DocumentStats stats = new DocumentStats(FakeWorkbench.NAME, 1, 3, 21, 98, 1, 5);

    assertThat(text.stats(stats)).contains("segments    3", "characters  98", "1 segment, 5 words");
    assertThat(text.stats(List.of(stats, stats)).lines()).hasSize(3);
  }
}
