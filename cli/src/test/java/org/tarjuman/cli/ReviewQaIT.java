package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qa}, {@code review} and the QA section of {@code segment} end to end, as a user runs them:
 * the jar as a process on the seed article, translated through export-xliff, an edit of the file
 * (some translations with planted mistakes) and import-xliff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewQaIT {

  private static final Path JAR =
      Path.of(System.getProperty("tarjuman.jar", "target/tarjuman.jar")).toAbsolutePath();
  private static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";

  /** Unit id → translation; the comments name the mistake planted in it. */
  private static final Map<String, String> TARGETS =
      Map.of(
          "s1",
              "The Inspector General of the Royal Moroccan Armed Forces, Belkhir El Farouk, arrives"
                  + " in Israel on Monday for an international military conference, the first visit"
                  + " of its kind by the commander of an Arab Muslim army.",
          // 25 countries became 52
          "s3",
              "The week-long “Operational Innovation” conference will bring together military"
                  + " delegations from 52 different countries, including other Arab states.",
          // "the the"
          "s4", "This is the the first visit of an Arab army commander at this level to Israel.",
          // the quotation is never closed
          "s7",
              "The conference will last a week, from 12 to 15 September, and the exhibition"
                  + " “will deepen cooperation in strategy and defence.",
          "s9",
              "The conference will last a week, from 12 to 15 September <ph id=\"1\"/>— Avichay"
                  + " Adraee (<ph id=\"2\"/>) September 8, 2022",
          // a right-to-left mark before 2020
          "s13",
              "While Israel and Morocco kept secret military ties for years, they restored"
                  + " official relations in \u200F2020, according to the “Jerusalem Post”.");

  @TempDir static Path workspace;
  @TempDir static Path files;
  private final ObjectMapper json = new ObjectMapper();

  record Result(int exitCode, String out, String err) {}

  private Result run(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(files, "out", ".txt");
    Path err = Files.createTempFile(files, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(files.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("TARJUMAN_WORKSPACE", workspace.toString());
    builder.environment().remove("TARJUMAN_DB_URL");
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("tarjuman " + String.join(" ", args) + " did not finish");
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @BeforeAll
  void importAndTranslateTheSeed() throws Exception {
    Path seed = files.resolve("article.txt");
    try (InputStream in = ReviewQaIT.class.getClassLoader().getResourceAsStream(SEED)) {
      Files.copy(in, seed);
    }
    assertThat(
            run("import", seed.toString(), "--source", "ar", "--target", "en", "--name", "article")
                .exitCode())
        .isZero();
    Path xliff = files.resolve("article.en.xlf");
    assertThat(
            run("export-xliff", "article", "--target", "en", "--out", xliff.toString()).exitCode())
        .isZero();
    String text = Files.readString(xliff, StandardCharsets.UTF_8);
    StringBuilder edited = new StringBuilder();
    Matcher unit =
        Pattern.compile("<trans-unit id=\"(s\\d+)\".*?</source>", Pattern.DOTALL).matcher(text);
    while (unit.find()) {
      String target = TARGETS.get(unit.group(1));
      String replacement =
          target == null
              ? unit.group()
              : unit.group()
                  + "<target xml:lang=\"en\" state=\"translated\">"
                  + target
                  + "</target>";
      unit.appendReplacement(edited, Matcher.quoteReplacement(replacement));
    }
    unit.appendTail(edited);
    Files.writeString(xliff, edited);
    Result imported = run("import-xliff", xliff.toString());
    assertThat(imported.err()).isEmpty();
    assertThat(imported.out()).containsPattern("updated +6\n").containsPattern("rejected +0\n");
  }

  @Test
  void qaListsThePlantedMistakesAndExitsZero() throws Exception {
    Result qa = run("qa", "article", "--target", "en");

    assertThat(qa.err()).isEmpty();
    assertThat(qa.exitCode()).isZero();
    assertThat(qa.out())
        .startsWith(
            "article (document 1, version 1) into en\n"
                + "5 issues in 6 translated segments; 10 not translated yet\n")
        .containsPattern("\n 3 +3 +medium +numbers +number 25 missing from the target")
        .containsPattern("\n 4 +4 +high +doubled-word +Double word: \"the\"")
        .containsPattern("\n 7 +7 +medium +quotes +unbalanced quotes")
        .containsPattern(
            "\n13 +13 +low +bidi-controls +the target has U\\+200F RIGHT-TO-LEFT MARK");
    assertThat(qa.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));

    JsonNode report = json.readTree(run("qa", "article", "--target", "en", "--json").out());
    assertThat(report.get("checked").asInt()).isEqualTo(6);
    assertThat(report.get("issues")).hasSize(5);
    assertThat(report.get("issues").findValuesAsText("check"))
        .containsExactly("numbers", "numbers", "doubled-word", "quotes", "bidi-controls");
  }

  @Test
  void segmentShowsItsQaIssues() throws Exception {
    assertThat(run("segment", "3", "--target", "en").out())
        .contains("\nQA en\n")
        .containsPattern("medium +numbers +number 52 in the target but not in the source");
    assertThat(run("segment", "9", "--target", "en").out()).contains("\nQA en\n  no issues\n");
  }

  @Test
  void reviewWritesOnePageWithEveryRowAndTheIssues() throws Exception {
    Result review = run("review", "article", "--target", "en");

    assertThat(review.exitCode()).isZero();
    Path page = files.resolve("article.en.review.html");
    assertThat(review.out()).startsWith("Wrote article.en.review.html").contains("QA issues   5");
    String html = Files.readString(page);
    assertThat(Pattern.compile("<tr id=\"s\\d+\"").matcher(html).results().count()).isEqualTo(16);
    assertThat(
            Pattern.compile("<td class=\"source\" dir=\"rtl\" lang=\"ar\">")
                .matcher(html)
                .results()
                .count())
        .isEqualTo(16);
    assertThat(html)
        .contains(
            "<bdi class=\"code\" title=\"url\" data-type=\"url\">pic.twitter.com/RIuybObm5n</bdi>")
        .contains("<span class=\"check\">doubled-word</span>")
        .contains("in \u200F2020");
  }
}
