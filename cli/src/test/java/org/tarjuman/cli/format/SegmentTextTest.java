package org.tarjuman.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tarjuman.cli.FakeWorkbench;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;

class SegmentTextTest {

  private final SegmentText text = new SegmentText(80);

  /** The output with each wrapped table cell joined back onto one line. */
  static String unwrapped(String out) {
    return out.replaceAll("\\n +", " ");
  }

  @Test
  void listsSegmentsWithTheSourceAsPlainTextInTheLastColumn() {
    String out =
        text.segments(
            FakeWorkbench.summary(),
            Optional.empty(),
            Optional.empty(),
            FakeWorkbench.allSegments());

    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).contains(FakeWorkbench.NAME, "3 segments");
    assertThat(lines.get(1))
        .containsSubsequence("ID", "#", "WORDS", "SOURCE")
        .doesNotContain("STATUS");
    assertThat(out).contains(FakeWorkbench.SECOND).doesNotContain(String.valueOf((char) 0xE103));
    assertThat(lines).allSatisfy(line -> assertThat(TextTable.cells(line)).isLessThanOrEqualTo(80));
  }

  @Test
  void showsTheStatusColumnOnlyWithATarget() {
    String out =
        text.segments(
            FakeWorkbench.summary(),
            Optional.of(FakeWorkbench.EN),
            Optional.empty(),
            FakeWorkbench.allSegments());

    assertThat(out).contains("STATUS en", "ORIGIN");
    assertThat(out.lines().filter(l -> l.contains(" translated ")).count()).isEqualTo(1);
    assertThat(out.lines().filter(l -> l.contains(" new ")).count()).isEqualTo(2);
  }

  @Test
  void showsEachTranslationsOriginWithItsScoreBesideTheStatus() {
    List<SegmentView> segments = new ArrayList<>(FakeWorkbench.allSegments());
    SegmentView first = segments.get(0);
    segments.set(
        0,
        new SegmentView(
            first.id(),
            first.documentId(),
            first.documentName(),
            first.version(),
            first.unitIndex(),
            first.unitKey(),
            first.index(),
            first.source(),
            first.words(),
            List.of(
                new TranslationView(
                    FakeWorkbench.EN,
                    Content.ofText("Aligned."),
                    Status.NEEDS_REVIEW,
                    Origin.ALIGNED,
                    49,
                    Instant.EPOCH))));

    String out =
        text.segments(
            FakeWorkbench.summary(), Optional.of(FakeWorkbench.EN), Optional.empty(), segments);

    List<String> lines = out.lines().toList();
    assertThat(lines.get(1)).containsSubsequence("STATUS en", "ORIGIN", "SOURCE");
    assertThat(lines).anyMatch(l -> l.matches(" *101 +1 +9 +needs-review +aligned 49% +\\S.*"));
    assertThat(lines).anyMatch(l -> l.matches(" *102 +2 +5 +translated +tm-exact 100% +\\S.*"));
    assertThat(lines).anyMatch(l -> l.matches(" *103 +3 +6 +new +\\S.*"));
    assertThat(lines).allSatisfy(line -> assertThat(TextTable.cells(line)).isLessThanOrEqualTo(80));
  }

  @Test
  void leavesTheOriginColumnOutWhileNoSegmentIsTranslated() {
    String out =
        text.segments(
            FakeWorkbench.summary(),
            Optional.of(FakeWorkbench.EN),
            Optional.of(Status.NEW),
            List.of(FakeWorkbench.allSegments().get(0), FakeWorkbench.allSegments().get(2)));

    assertThat(out.lines().toList().get(1))
        .containsSubsequence("STATUS en", "SOURCE")
        .doesNotContain("ORIGIN");
  }

  @Test
  void saysWhenNoSegmentHasTheStatus() {
    String out =
        text.segments(
            FakeWorkbench.summary(),
            Optional.of(FakeWorkbench.EN),
            Optional.of(Status.FINAL),
            List.of());

    assertThat(out).endsWith("no segments with status final into en");
  }

  @Test
  void showsOneSegmentWithItsInlineCodesAndTranslations() {
    String out = text.segment(FakeWorkbench.allSegments().get(1), Optional.empty());

    assertThat(out)
        .contains("Segment 102", FakeWorkbench.NAME, "version 1", "position 2", "5 words");
    assertThat(out).contains(FakeWorkbench.SECOND);
    assertThat(out).containsPattern("hashtag +" + FakeWorkbench.HASHTAG);
    assertThat(out).contains("en: translated, tm-exact 100%", "He said in a statement");
  }

  @Test
  void saysWhenASegmentHasNoTranslationsYet() {
    SegmentView first = FakeWorkbench.allSegments().get(0);

    assertThat(text.segment(first, Optional.empty())).contains("no translations yet");
    assertThat(text.segment(first, Optional.of(FakeWorkbench.EN)))
        .contains("no translation into en yet");
  }

  @Test
  void saysWhenTheLimitMayHaveCutHitsShort() {
    FindHit hit = new FindHit(101, FakeWorkbench.NAME, 1, 1, FakeWorkbench.FIRST, 4, 10);

    assertThat(unwrapped(text.hits("المفتش", List.of(hit), 1, false)))
        .contains(FakeWorkbench.FIRST, "--limit");
    assertThat(text.hits("المفتش", List.of(hit), 20, false)).doesNotContain("--limit");
    assertThat(text.hits("غائب", List.of(), 20, false)).isEqualTo("No segment contains \"غائب\"");
  }

  @Test
  void showsEachHitsTranslationOnALineOfItsOwnBelowItsSource() {
    FindHit translated =
        new FindHit(101, FakeWorkbench.NAME, 1, 1, "المفتش العام", 0, 6)
            .withTarget("The Inspector General");
    FindHit untranslated = new FindHit(103, FakeWorkbench.NAME, 1, 3, "المفتش", 0, 6);

    List<String> lines =
        text.hits("المفتش", List.of(translated, untranslated), 20, true).lines().toList();

    assertThat(lines.get(0)).contains("SOURCE, → TARGET");
    assertThat(lines.get(1)).contains("101", "المفتش العام");
    assertThat(lines.get(2)).doesNotContain("101").endsWith("→ The Inspector General");
    assertThat(lines.get(4)).endsWith("→ (not translated)");
  }
}
