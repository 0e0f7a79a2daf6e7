package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.StorageException;

/**
 * The commands as Spring Shell wires them (annotations, parser, exit status mapper), run one at a
 * time like {@code java -jar tarjuman.jar ARGS…}, against a fake workspace.
 */
class ConsoleCommandsTest extends SpringConsoleTest {

  /** The output with each wrapped table cell joined back onto one line. */
  private static String unwrapped(String out) {
    return out.replaceAll("\\n +", " ");
  }

  @Test
  void docsJsonIsOneJsonDocumentWithArabicUnescaped() throws Exception {
    Run run = run("docs", "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(FakeWorkbench.NAME).doesNotContain("\\u");
    JsonNode documents = json.readTree(run.out()).get("documents");
    assertThat(documents).hasSize(1);
  }

  @Test
  void segmentsListsEverySegmentByDocumentName() {
    Run run = run("segments", FakeWorkbench.NAME);

    assertThat(run.exitCode()).isZero();
    assertThat(unwrapped(run.out()))
        .contains(FakeWorkbench.FIRST, FakeWorkbench.SECOND, FakeWorkbench.THIRD);
  }

  @Test
  void segmentsFiltersByStatusIntoATarget() throws Exception {
    Run run = run("segments", "1", "--json", "--target", "en", "--status", "translated");

    assertThat(run.exitCode()).isZero();
    JsonNode segments = json.readTree(run.out()).get("segments");
    assertThat(segments)
        .singleElement()
        .satisfies(s -> assertThat(s.get("id").asLong()).isEqualTo(102));
  }

  @Test
  void mergePrintsWhereItWroteAndTheCounts() {
    Run run = run("merge", FakeWorkbench.NAME, "--target", "en", "--out", "out.en.txt");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Merged " + FakeWorkbench.NAME + ", version 1, into en")
        .contains("out.en.txt")
        .containsPattern("translated +1\\n")
        .containsPattern("kept source +2");
  }

  @Test
  void mergeRefusesAMissingFolder() {
    assertBadInput(
        run("merge", "1", "--target", "en", "--out", "no-such-folder/"), "no-such-folder/: no such folder");
  }

  @Test
  void mergeRequiringCompletenessListsTheUntranslatedSegments() {
    assertBadInput(
        run("merge", "1", "--target", "en", "--require-complete"),
        "2 segment(s) not translated into en",
        "101, 103");
  }

  @Test
  void segmentsOfAnEarlierVersionNeedAnExistingVersion() {
    Run run = run("segments", "1", "--version", "1");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("version 1");
    assertBadInput(run("segments", "1", "--version", "3"), "has versions 1 to 1, not 3");
  }

  @Test
  void rejectsAnUnknownStatusNamingTheValidOnes() {
    assertBadInput(
        run("segments", "1", "--target", "en", "--status", "done"),
        "unknown status 'done'",
        "new, draft, needs-review, translated, reviewed, final");
  }

  @Test
  void rejectsAStatusWithoutATarget() {
    assertBadInput(run("segments", "1", "--status", "new"), "--status needs --target");
  }

  @Test
  void rejectsATargetTheDocumentIsNotTranslatedInto() {
    assertBadInput(run("segments", "1", "--target", "fr"), "not translated into fr", "en");
  }

  @Test
  void rejectsAnUnknownLanguageTag() {
    assertBadInput(run("segments", "1", "--target", "xx"), "xx");
  }

  @Test
  void rejectsAnUnknownDocument() {
    assertBadInput(run("segments", "nope.txt"), "no document 'nope.txt'");
    assertBadInput(run("stats", "42"), "no document '42'");
  }

  @Test
  void rejectsAMissingDocumentArgument() {
    assertBadInput(run("segments"), "missing DOC", "usage: segments DOC");
  }

  @Test
  void showsOneSegmentWithItsInlineCodes() {
    Run run = run("segment", "102");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("hashtag", FakeWorkbench.HASHTAG, "tm-exact");
  }

  @Test
  void showsASegmentsTmMatchesWithScoreOriginAndTarget() throws Exception {
    Run text = run("segment", "103", "--target", "en");
    Run asJson = run("segment", "103", "--json");
    Run none = run("segment", "101");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .contains("TM matches", "into en", "100%", "tmx", FakeWorkbench.TM_TARGET);
    JsonNode match = json.readTree(asJson.out()).get("tmMatches").get("en").get(0);
    assertThat(match.get("score").asInt()).isEqualTo(100);
    assertThat(match.get("unit").get("origin").asText()).isEqualTo("tmx");
    assertThat(match.get("differences").get(0).get("kind").asText()).isEqualTo("same");
    assertThat(none.out()).contains("into en: none from 50%");
  }

  @Test
  void statsOfOneDocumentShowsItsMatchBandsPerTarget() throws Exception {
    Run text = run("stats", "1");
    Run asJson = run("stats", "1", "--json");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("TM match bands into en");
    assertThat(text.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(text.out().lines().filter(l -> l.startsWith("50-74%")))
        .singleElement()
        .satisfies(l -> assertThat(l.split("\\s+")).containsExactly("50-74%", "1", "9", "43%"));
    JsonNode bands = json.readTree(asJson.out()).get("matchBands").get(0);
    assertThat(bands.get("target").asText()).isEqualTo("en");
    assertThat(bands.get("bands")).hasSize(8);
    assertThat(bands.get("bands").get(1).get("band").asText()).isEqualTo("100%");
    assertThat(bands.get("bands").get(1).get("words").asLong()).isEqualTo(6);
  }

  @Test
  void rejectsAnUnknownOrMalformedSegmentId() {
    assertBadInput(run("segment", "999"), "no segment 999");
    assertBadInput(run("segment", "abc"), "must be a positive whole number");
  }

  @Test
  void findsAPhraseGivenAsSeveralWords() throws Exception {
    Run run = run("find", "في", "بيان", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode root = json.readTree(run.out());
    assertThat(root.get("query").asText()).isEqualTo("في بيان");
    assertThat(root.get("hits"))
        .singleElement()
        .satisfies(h -> assertThat(h.get("segmentId").asLong()).isEqualTo(102));
  }

  @Test
  void findsInTheTranslationsWithInTargetAndShowsEachTranslationWithTarget() throws Exception {
    JsonNode inTarget = json.readTree(run("find", "statement", "--in", "target", "--json").out());
    Run withTarget = run("find", "في", "بيان", "--target", "en");

    assertThat(inTarget.get("in").asText()).isEqualTo("target");
    assertThat(inTarget.get("hits"))
        .singleElement()
        .satisfies(h -> assertThat(h.get("segmentId").asLong()).isEqualTo(102))
        .satisfies(h -> assertThat(h.get("target").asText()).contains("statement"));
    assertThat(withTarget.exitCode()).isZero();
    assertThat(withTarget.out()).contains("→ He said in a statement");
    assertBadInput(run("find", "قال", "--in", "both"), "--in is source or target, not 'both'");
  }

  @Test
  void mergeRefusesAnExistingFileWithoutForceAndReplacesItWithForce() throws Exception {
    Path existing = Files.writeString(files.resolve("article.en.txt"), "mine");
    String out = existing.toString();

    assertBadInput(
        run("merge", "1", "--target", "en", "--out", out),
        out + ": exists; add --force to replace it");
    Run forced = run("merge", "1", "--target", "en", "--out", out, "--force", "--json");

    assertThat(forced.exitCode()).isZero();
    JsonNode report = json.readTree(forced.out());
    assertThat(report.get("file").asText()).isEqualTo(out);
    assertThat(report.get("translated").asInt()).isEqualTo(1);
    assertThat(report.get("keptSource").asInt()).isEqualTo(2);
  }

  @Test
  void rejectsALimitThatIsNotAUsableNumber() {
    assertBadInput(run("find", "قال", "--limit", "abc"), "'abc' is not a whole number");
    assertBadInput(run("find", "قال", "--limit", "0"), "--limit must be between 1 and 1000");
  }

  @Test
  void statsWithoutADocumentGivesOneRowPerDocument() throws Exception {
    Run text = run("stats");
    Run asJson = run("stats", "--json");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out().lines()).hasSize(2);
    assertThat(json.readTree(asJson.out()).get("documents")).hasSize(1);
  }

  @Test
  void importsAFileAndReportsWhatItFound() throws Exception {
    Path file = Files.writeString(files.resolve("مقال.txt"), FakeWorkbench.FIRST);

    Run run =
        run("import", file.toString(), "--source", "ar", "--target", "en,fr", "--name", "article");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Imported document 1, version 1: article", "text/plain; charset=UTF-8");
    assertThat(fake().imports)
        .last()
        .satisfies(
            request -> {
              assertThat(request.file()).isEqualTo(file);
              assertThat(request.targets())
                  .containsExactly(FakeWorkbench.EN, java.util.Locale.forLanguageTag("fr"));
              assertThat(request.documentName()).isEqualTo("article");
            });
  }

  @Test
  void rejectsAnImportWithoutItsLanguages() {
    assertBadInput(run("import", "a.txt", "--target", "en"), "missing option --source");
    assertBadInput(run("import", "a.txt", "--source", "ar", "--target", "zz"), "zz");
  }

  @Test
  void rejectsAnImportOfAMissingFile() {
    assertBadInput(
        run("import", files.resolve("missing.txt").toString(), "--source", "ar", "--target", "en"),
        "no such file");
  }

  @Test
  void rejectsUnknownCommandsAndOptions() {
    assertBadInput(run("frobnicate"), "unknown command 'frobnicate'");
    assertBadInput(run("docs", "--all"), "unknown option --all");
  }

  @Test
  void reportsAStorageFailureInOneLineWithExitCodeOne() {
    fake()
        .failWith(
            new StorageException(
                "cannot read the workspace database", new SQLException("disk I/O error")));

    Run run = run("docs");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines())
        .containsExactly("error: cannot read the workspace database: disk I/O error");
  }

  @Test
  void reportsAnUnexpectedFailureWithItsRootCauseAndNoStackTrace() {
    fake().failWith(new IllegalStateException("boom"));

    Run run = run("docs", "--json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("Unexpected error: boom")
        .contains("TARJUMAN_DEBUG=1");
  }

  @Test
  void printsHelpForTheConsoleAndForOneCommand() {
    Run all = run("help");
    Run one = run("import", "--help");

    assertThat(all.exitCode()).isZero();
    assertThat(all.out())
        .contains("import", "docs", "segments", "segment", "find", "stats", "demo")
        .contains("export-xliff", "import-xliff");
    assertThat(one.exitCode()).isZero();
    assertThat(one.out())
        .startsWith("import - Import a document")
        .contains("Usage: import FILE --source ar --target en[,fr]", "  --srx SRX", "Example")
        .isEqualTo(run("help", "import").out());
  }

  @Test
  void demoImportsTheSeedIntoAFreshWorkspaceAndSaysHowToReturn() {
    Run run = run("demo");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Path demo = workspaces.opened.get(workspaces.opened.size() - 1).folder();
    assertThat(demo.getParent()).isEqualTo(workspaces.folder);
    assertThat(demo.getFileName().toString()).matches("demo-\\d{8}-\\d{6}(-\\d+)?");
    FakeWorkbench demoWorkbench = workspaces.workbenches.get(workspaces.workbenches.size() - 1);
    assertThat(demoWorkbench.imports)
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.file().getFileName()).hasToString(DemoCommands.SEED_NAME);
              assertThat(request.source()).isEqualTo(FakeWorkbench.AR);
              assertThat(request.targets()).containsExactly(FakeWorkbench.EN);
              assertThat(Files.exists(request.file())).isFalse();
            });
    assertThat(demoWorkbench.closed).isTrue();
    assertThat(unwrapped(run.out()))
        .contains("Imported document 1", "Aligned with", "TM match bands into en")
        .contains(demo.resolve("out").resolve(DemoCommands.XLIFF_12).toString())
        .contains("TARJUMAN_WORKSPACE=" + demo, " segments 1 --target en");
  }

  @Test
  void exportXliffReplacesAnExistingFileOnlyWithForce() throws Exception {
    Path existing = Files.writeString(files.resolve("article.en.xlf"), "a translator's copy");
    String out = existing.toString();

    assertBadInput(
        run("export-xliff", "1", "--target", "en", "--out", out),
        out + ": exists; add --force to replace it");
    assertThat(existing).hasContent("a translator's copy");
    Run forced = run("export-xliff", "1", "--target", "en", "--out", out, "--force", "--json");

    assertThat(forced.exitCode()).isZero();
    assertThat(json.readTree(forced.out()).get("file").asText()).isEqualTo(out);
    assertThat(json.readTree(forced.out()).get("units").asInt()).isEqualTo(3);
    assertThat(Files.readString(existing)).contains("<xliff");
  }

  @Test
  void xliffCommandsRefuseMissingArgumentsAndUnknownVersionsBeforeOpeningTheWorkspace() {
    int opened = workspaces.opened.size();
    workbenches.close();

    Run noDocument = run("export-xliff", "--target", "en");
    Run badVersion = run("export-xliff", "1", "--target", "en", "--xliff", "3.0");
    Run noFile = run("import-xliff");

    assertBadInput(noDocument, "missing DOC", XliffCommands.EXPORT);
    assertBadInput(badVersion, "unknown XLIFF version '3.0'", "1.2, 2.1");
    assertBadInput(noFile, "missing FILE", XliffCommands.IMPORT);
    assertThat(workspaces.opened).hasSize(opened);
  }
}
