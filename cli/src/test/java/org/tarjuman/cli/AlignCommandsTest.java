package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AlignCommandsTest extends SpringConsoleTest {

  @Test
  void printsEachPairWithItsKindConfidenceAndStatusWithin80Columns() throws IOException {
    Path file = Files.writeString(files.resolve("translation.txt"), "x");

    Run run = run("align", "1", file.toString(), "--target", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Aligned "
                + FakeWorkbench.NAME
                + " (version 1) with translation.txt into en\n"
                + "3 pairs, 0 translated, 1 need review",
            "warning: 1 segment(s) have no counterpart in the translation (1:0)",
            "101+102  2:1    72%  needs-review  يصل المفتش العام",
            "                                   → The inspector general arrives",
            "103      1:0     0%  -             " + FakeWorkbench.THIRD,
            "                                   → (not translated)",
            "-        0:1     0%  -             (no source: added by the translator)",
            FakeWorkbench.ADDED_TARGET);
    assertThat(run.out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(fake().aligned).containsExactly(file);
  }

  @Test
  void jsonGivesThePairsWithSegmentIdsAndStatuses() throws Exception {
    Path file = Files.writeString(files.resolve("translation.txt"), "x");

    JsonNode out =
        json.readTree(
            run("align", FakeWorkbench.NAME, file.toString(), "--target", "en", "--json").out());

    assertThat(out.get("target").asText()).isEqualTo("en");
    JsonNode first = out.get("pairs").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("2:1");
    assertThat(first.get("segments").toString()).isEqualTo("[101,102]");
    assertThat(first.get("targets").get(0).asText()).isEqualTo(FakeWorkbench.ALIGNED_TARGET);
    assertThat(first.get("status").asText()).isEqualTo("needs-review");
    assertThat(out.get("pairs").get(2).get("sources").size()).isZero();
  }

  @Test
  void aMissingFileOrArgumentIsBadInput() {
    assertBadInput(
        run("align", "1", files.resolve("none.txt").toString(), "--target", "en"), "no such file");
    assertBadInput(run("align", "1", "--target", "en"), "missing FILE");
  }
}
