package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@code tm} commands and the TM part of {@code find}, Spring-wired, on a fake workbench. */
class TmCommandsTest extends SpringConsoleTest {

  @Test
  void lookupPrintsScoreOriginDateTargetAndMarkedDifferences() {
    Run run =
        run(
            "tm",
            "lookup",
            "وتأتي الزيارة بعد شهر؛ مُدّة قصيرة.",
            "--source",
            "ar",
            "--target",
            "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("85%", "tmx", "2024-03-01", FakeWorkbench.TM_TARGET)
        .contains("[-شهر-] {+شهرين+}");
  }

  @Test
  void lookupJsonGivesEachMatchWithItsDifferences() throws Exception {
    Run run =
        run("tm", "lookup", FakeWorkbench.THIRD, "--source", "ar", "--target", "en", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode match = json.readTree(run.out()).get("matches").get(0);
    assertThat(match.get("score").asInt()).isEqualTo(100);
    assertThat(match.get("inContext").asBoolean()).isFalse();
    assertThat(match.get("unit").get("target").asText()).isEqualTo(FakeWorkbench.TM_TARGET);
    assertThat(match.get("differences").get(0).get("kind").asText()).isEqualTo("same");
  }

  @Test
  void lookupSaysSoWhenNothingMatches() {
    Run run = run("tm", "lookup", "نص آخر", "--source", "ar", "--target", "en", "--min", "90");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("No TM match of 90% or more for: نص آخر\n");
  }

  @Test
  void lookupRejectsAMinimumAboveOneHundredAndAMissingTarget() {
    assertBadInput(
        run("tm", "lookup", "الزيارة", "--source", "ar", "--target", "en", "--min", "101"),
        "--min");
    assertBadInput(run("tm", "lookup", "الزيارة", "--source", "ar"), "--target");
  }

  @Test
  void importReportsWhatWasAddedAndWhatWasAlreadyThere() throws IOException {
    Path tmx = Files.writeString(files.resolve("memory.tmx"), "<tmx/>");

    Run run = run("tm", "import", tmx.toString(), "--source", "ar", "--target", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Imported 1 TM units (ar → en); 2 read, 1 already in the TM");
    assertThat(fake().tmImports).contains(tmx);
  }

  @Test
  void importOfAMissingFileIsBadInput() {
    assertBadInput(
        run(
            "tm",
            "import",
            files.resolve("none.tmx").toString(),
            "--source",
            "ar",
            "--target",
            "en"),
        "no such file");
  }

  @Test
  void exportAndStatsReportThePair() throws Exception {
    Run export = run("tm", "export", files.resolve("out.tmx").toString(), "--json");
    Run stats = run("tm", "stats");

    assertThat(json.readTree(export.out()).get("units").asLong()).isEqualTo(1);
    assertThat(stats.out()).contains("ar → en", "1 units in all");
  }

  @Test
  void exportRefusesAnExistingFileWithoutForce() throws Exception {
    Path existing = Files.writeString(files.resolve("memory.tmx"), "<tmx/>");

    assertBadInput(
        run("tm", "export", existing.toString()), existing + ": exists; add --force to replace it");
    assertThat(run("tm", "export", existing.toString(), "--force").exitCode()).isZero();
  }

  @Test
  void statsShowsOriginsDatesAndSizeOnDisk() throws Exception {
    Run text = run("tm", "stats");
    Run asJson = run("tm", "stats", "--json");

    assertThat(text.out()).contains("ar → en", "tmx 1", "2024-03-01", "3.0 MiB");
    JsonNode pair = json.readTree(asJson.out()).get("pairs").get(0);
    assertThat(pair.get("origins").get("tmx").asLong()).isEqualTo(1);
    assertThat(pair.get("oldest").asText()).isEqualTo("2024-03-01T10:15:30Z");
    assertThat(json.readTree(asJson.out()).get("bytesOnDisk").asLong()).isEqualTo(3 * 1024 * 1024);
  }

  @Test
  void findListsTmUnitsBesideSegments() throws Exception {
    Run text = run("find", "الزيارة");
    Run asJson = run("find", "الزيارة", "--json");

    assertThat(text.out().replaceAll("\\n +", " "))
        .contains("In the translation memory:", FakeWorkbench.TM_TARGET);
    JsonNode tmHits = json.readTree(asJson.out()).get("tmHits");
    assertThat(tmHits).hasSize(1);
    assertThat(tmHits.get(0).get("unit").get("source").asText()).isEqualTo(FakeWorkbench.THIRD);
  }
}
