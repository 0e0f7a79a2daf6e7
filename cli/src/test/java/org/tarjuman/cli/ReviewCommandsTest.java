package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code qa}, {@code review} and the QA section of {@code segment}, Spring-wired, on the fake. */
class ReviewCommandsTest extends SpringConsoleTest {

  @Test
  void qaCountsCheckedAndUntranslatedSegments() {
    Run run = run("qa", FakeWorkbench.NAME, "--target", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith(FakeWorkbench.NAME + " (document 1, version 1) into en\n")
        .contains(" issues in 1 translated segment; 2 not translated yet");
  }

  @Test
  void qaJsonIsOneDocumentWithTheCountsAndIssues() throws Exception {
    Run run = run("qa", "1", "--target", "en", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode root = json.readTree(run.out());
    assertThat(root.get("document").asText()).isEqualTo(FakeWorkbench.NAME);
    assertThat(root.get("target").asText()).isEqualTo("en");
    assertThat(root.get("checked").asInt()).isEqualTo(1);
    assertThat(root.get("untranslated").asInt()).isEqualTo(2);
    assertThat(root.get("issues").isArray()).isTrue();
  }

  @Test
  void qaIntoALanguageTheDocumentLacksIsBadInput() {
    assertBadInput(run("qa", "1", "--target", "fr"), "not translated into fr");
    assertBadInput(run("qa", "--target", "en"), "missing DOC", "usage: qa DOC");
    assertBadInput(run("qa", "9", "--target", "en"), "no document '9'");
  }

  @Test
  void reviewWritesThePageIntoTheFolderGiven() throws Exception {
    Run run = run("review", "1", "--target", "en", "--out", files.toString());

    assertThat(run.exitCode()).isZero();
    Path page = files.resolve(FakeWorkbench.NAME + ".en.review.html");
    assertThat(run.out()).startsWith("Wrote " + page).contains("segments    3");
    assertThat(Files.readString(page))
        .contains("<td class=\"source\" dir=\"rtl\" lang=\"ar\">" + FakeWorkbench.FIRST)
        .contains("<bdi class=\"code\" title=\"hashtag\" data-type=\"hashtag\">#جيش_الدفاع</bdi>")
        .contains("dir=\"ltr\" lang=\"en\">He said in a statement");
  }

  @Test
  void reviewJsonNamesTheFile() throws Exception {
    Path out = files.resolve("page.html");
    Run run = run("review", "1", "--target", "en", "--out", out.toString(), "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(json.readTree(run.out()).get("file").asText()).isEqualTo(out.toString());
    assertThat(out).exists();
  }

  @Test
  void reviewLeavesAnExistingPageAloneWithoutForce() throws Exception {
    Path out = Files.writeString(files.resolve("page.html"), "an editor's notes");

    assertBadInput(
        run("review", "1", "--target", "en", "--out", out.toString()),
        out + ": exists; add --force to replace it");
    assertThat(out).hasContent("an editor's notes");
    assertThat(run("review", "1", "--target", "en", "--out", out.toString(), "--force").exitCode())
        .isZero();
    assertThat(Files.readString(out)).contains("<html");
  }

  @Test
  void segmentShowsAQaSectionPerTranslation() {
    Run run = run("segment", "102", "--target", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\nQA en\n");
  }
}
