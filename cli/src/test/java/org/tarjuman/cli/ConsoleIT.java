package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The console as users run it: {@code java -jar target/tarjuman.jar ARGS…} as a process, with a
 * workspace of its own, on the bundled Arabic article.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

  private static final Path JAR =
      Path.of(System.getProperty("tarjuman.jar", "target/tarjuman.jar")).toAbsolutePath();
  private static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";
  private static final String SEED_NAME = "ar-news-morocco-israel-military-visit.txt";
  private static final int SEED_SEGMENTS = 16;

  @TempDir static Path workspace;
  @TempDir static Path files;

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private Path seed;
  private String docsBefore;

  record Result(int exitCode, String out, String err) {}

  private Result run(String... args) throws IOException, InterruptedException {
    return run(workspace, args);
  }

  private Result run(Path workspaceFolder, String... args)
      throws IOException, InterruptedException {
    return run(workspaceFolder, nullDevice(), args);
  }

  private Result run(Path workspaceFolder, java.io.File input, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(files, "out", ".txt");
    Path err = Files.createTempFile(files, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(input))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.put("TARJUMAN_WORKSPACE", workspaceFolder.toString());
    env.remove("TARJUMAN_DB_URL");
    env.remove("TARJUMAN_DEBUG");
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("tarjuman " + String.join(" ", args) + " did not finish");
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  @BeforeAll
  void importTheSeed() throws Exception {
    assertThat(JAR).as("the jar built by `package`").isRegularFile();
    seed = files.resolve(SEED_NAME);
    try (InputStream in = ConsoleIT.class.getClassLoader().getResourceAsStream(SEED)) {
      Files.copy(in, seed);
    }
    Result imported = run("import", seed.toString(), "--source", "ar", "--target", "en");
    assertThat(imported.err()).isEmpty();
    assertThat(imported.exitCode()).isZero();
    docsBefore = run("docs", "--json").out();
  }

  @Test
  @Order(1)
  void importPrintsTheDocumentAndItsCounts() throws Exception {
    Result again =
        run("import", seed.toString(), "--source", "ar", "--target", "en", "--name", "copy");

    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(again.out())
        .contains("Imported document", "version 1: copy", "text/plain; charset=UTF-8", "units")
        .containsPattern("segments +" + SEED_SEGMENTS + "\n")
        .containsPattern("words +\\d+");
    docsBefore = run("docs", "--json").out();
  }

  @Test
  @Order(2)
  void docsJsonIsExactlyOneJsonDocument() throws Exception {
    Result docs = run("docs", "--json");

    assertThat(docs.exitCode()).isZero();
    assertThat(docs.err()).isEmpty();
    JsonNode documents = json.readTree(docs.out()).get("documents");
    assertThat(documents.findValuesAsText("name")).contains(SEED_NAME);
    JsonNode article = documents.get(0);
    assertThat(article.get("source").asText()).isEqualTo("ar");
    assertThat(article.get("segments").asInt()).isEqualTo(SEED_SEGMENTS);
  }

  @Test
  @Order(3)
  void segmentsJsonListsEverySegmentWithArabicUnescaped() throws Exception {
    Result segments = run("segments", SEED_NAME, "--json");

    assertThat(segments.exitCode()).isZero();
    assertThat(segments.err()).isEmpty();
    assertThat(segments.out())
        .contains("يصل المفتش العام للقوات المسلحة الملكية المغربية")
        .doesNotContain("\\u06");
    JsonNode list = json.readTree(segments.out()).get("segments");
    assertThat(list).hasSize(SEED_SEGMENTS);
    assertThat(list.get(0).get("index").asInt()).isEqualTo(1);
  }

  @Test
  @Order(4)
  void segmentAndFindAndStatsWorkOnTheImportedArticle() throws Exception {
    JsonNode first =
        json.readTree(run("segments", SEED_NAME, "--json").out()).get("segments").get(0);

    Result segment = run("segment", first.get("id").asText(), "--target", "en");
    Result find = run("find", "المفتش", "العام", "--json");
    Result stats = run("stats", SEED_NAME, "--json");

    assertThat(segment.exitCode()).isZero();
    assertThat(segment.out()).contains("no translation into en yet");
    assertThat(find.exitCode()).isZero();
    assertThat(json.readTree(find.out()).get("hits").findValuesAsText("segmentId"))
        .contains(first.get("id").asText());
    assertThat(stats.exitCode()).isZero();
    assertThat(json.readTree(stats.out()).get("segments").asInt()).isEqualTo(SEED_SEGMENTS);
  }

  @Test
  @Order(5)
  void demoRunsTheWholeFlowAndEveryFileItPrintsIsThere() throws Exception {
    Result demo = run("demo");

    assertThat(demo.exitCode()).isZero();
    assertThat(demo.err()).isEmpty();
    assertThat(demo.out())
        .contains("segments    16", "pairs        15", "confident    14", "needs review 1")
        .contains("TM match bands into en", "in-context");
    List<Path> printed =
        demo.out().lines().map(String::strip).filter(l -> l.startsWith("/")).map(Path::of).toList();
    assertThat(printed).hasSize(4).allSatisfy(p -> assertThat(p).isNotEmptyFile());
    Path out = printed.get(0).getParent();
    assertThat(printed)
        .containsExactly(
            out.resolve("article.en.xlf"),
            out.resolve("article.en.2.1.xlf"),
            out.resolve("article.en.review.html"),
            out.resolve("article.en.txt"));
    assertThat(wellFormed(printed.get(0)).getDocumentElement().getAttribute("version"))
        .isEqualTo("1.2");
    assertThat(wellFormed(printed.get(1)).getDocumentElement().getAttribute("version"))
        .isEqualTo("2.1");
    assertThat(Files.readString(printed.get(2)))
        .contains("dir=\"rtl\"")
        // The 2:1 pair of the seed (segments 4 and 5): both rows show the alignment's confidence.
        .containsPattern(
            "<tr id=\"s4\"(?:(?!</tr>).)*<td class=\"origin\">aligned</td><td class=\"score\""
                + " title=\"alignment confidence\"><bdi>[0-9]{1,2}%</bdi></td>")
        .containsPattern(
            "<tr id=\"s5\"(?:(?!</tr>).)*in the translation of #4 \\(aligned 2:1\\)(?:(?!</tr>).)*"
                + "<td class=\"score\" title=\"alignment confidence\"><bdi>[0-9]{1,2}%</bdi>");
    assertThat(Files.readAllLines(printed.get(3))).hasSameSizeAs(Files.readAllLines(seed));
    Path demoFolder = out.getParent();
    assertThat(demoFolder.getParent()).isEqualTo(workspace);
    assertThat(demo.out()).contains("TARJUMAN_WORKSPACE=" + demoFolder, "segments 1 --target en");
    Result inDemo = run(demoFolder, "docs", "--json");
    assertThat(json.readTree(inDemo.out()).get("documents")).hasSize(1);
    JsonNode aligned =
        json.readTree(run(demoFolder, "segments", "1", "--target", "en", "--json").out())
            .get("segments");
    assertThat(aligned).hasSize(SEED_SEGMENTS);
    for (JsonNode segment : aligned) {
      JsonNode translation = segment.get("translations").get(0);
      assertThat(translation.get("origin").asText()).isEqualTo("aligned");
      assertThat(translation.get("score").isInt()).as(segment.toString()).isTrue();
    }
    assertThat(run("docs", "--json").out()).isEqualTo(docsBefore);
  }

  private static Document wellFormed(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(xml.toFile());
  }

  @Test
  @Order(6)
  void tmImportLookupAndExportWorkOnARealTmxAndABadOneChangesNothing() throws Exception {
    Path tmx =
        Files.writeString(
            files.resolve("memory.tmx"),
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
             o-tmf="t" adminlang="en" srclang="ar" datatype="plaintext"/><body>
            <tu creationdate="20240301T101530Z"><tuv xml:lang="ar"><seg>وصل الوفد إلى الرباط يوم الاثنين.</seg></tuv>
             <tuv xml:lang="en"><seg>The delegation arrived in Rabat on Monday.</seg></tuv></tu>
            </body></tmx>
            """);
    Path hostile =
        Files.writeString(
            files.resolve("hostile.tmx"),
            "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"ar\"><seg>&x;</seg>"
                + "</tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>");

    Result imported = run("tm", "import", tmx.toString(), "--source", "ar", "--target", "en");
    Result refused = run("tm", "import", hostile.toString(), "--source", "ar", "--target", "en");
    Result lookup =
        run(
            "tm",
            "lookup",
            "وصل الوفد إلى الرباط يوم الثلاثاء.",
            "--source",
            "ar",
            "--target",
            "en",
            "--json");
    Path exported = files.resolve("exported.tmx");
    Result export = run("tm", "export", exported.toString());

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains("Imported 1 TM units");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("hostile.tmx", "DOCTYPE").doesNotContain("Exception");
    JsonNode match = json.readTree(lookup.out()).get("matches").get(0);
    assertThat(match.get("score").asInt()).isEqualTo(85);
    assertThat(match.get("markedSource").asText()).contains("[-الثلاثاء-] {+الاثنين+}");
    assertThat(export.exitCode()).isZero();
    assertThat(Files.readString(exported)).contains("creationdate=\"20240301T101530Z\"");
    assertThat(json.readTree(run("tm", "stats", "--json").out()).get("units").asInt()).isEqualTo(1);
  }

  Stream<Arguments> badInputs() throws IOException {
    Path directory = Files.createDirectories(files.resolve("a-folder"));
    Path empty = Files.write(files.resolve("empty.txt"), new byte[0]);
    Path unrelated =
        Files.writeString(
            files.resolve("unrelated.txt"),
            "The library opens at 9 on weekdays and at 10 on Saturdays.\n"
                + "It has 120,000 books and 40 computers.\n"
                + "Members may borrow 6 books for 3 weeks; see"
                + " https://library.example.org/rules.\n");
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31 % 256);
    }
    Path bin = Files.write(files.resolve("data.bin"), binary);
    Path png =
        Files.write(
            files.resolve("picture.png"),
            new byte[] {
              (byte) 0x89,
              'P',
              'N',
              'G',
              '\r',
              '\n',
              0x1A,
              '\n',
              0,
              0,
              0,
              13,
              'I',
              'H',
              'D',
              'R',
              0,
              0,
              0,
              1,
              0,
              0,
              0,
              1,
              8,
              6,
              0,
              0,
              0,
              0x1F,
              0x15,
              (byte) 0xC4,
              (byte) 0x89
            });
    // Arabic in windows-1256 under a UTF-8 declaration: no valid UTF-8 sequence.
    Path windows1256 =
        Files.write(
            files.resolve("windows-1256.xlf"),
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">"
                    + "<file original=\"a.txt\" source-language=\"ar\" target-language=\"en\""
                    + " datatype=\"plaintext\"><body><trans-unit id=\"s1\">"
                    + "<source>مرحبا</source></trans-unit></body></file></xliff>\n")
                .getBytes(Charset.forName("windows-1256")));
    String missing = files.resolve("missing.txt").toString();
    return Stream.of(
        Arguments.of(
            "a missing file", new String[] {"import", missing, "--source", "ar", "--target", "en"}),
        Arguments.of(
            "a directory",
            new String[] {"import", directory.toString(), "--source", "ar", "--target", "en"}),
        Arguments.of(
            "an empty file",
            new String[] {"import", empty.toString(), "--source", "ar", "--target", "en"}),
        Arguments.of(
            "a binary file",
            new String[] {"import", bin.toString(), "--source", "ar", "--target", "en"}),
        Arguments.of(
            "a PNG image",
            new String[] {"import", png.toString(), "--source", "ar", "--target", "en"}),
        Arguments.of(
            "an unknown language",
            new String[] {"import", seed.toString(), "--source", "ar", "--target", "xx"}),
        Arguments.of(
            "align with an empty file",
            new String[] {"align", SEED_NAME, empty.toString(), "--target", "en"}),
        Arguments.of(
            "align with a file that is not a translation",
            new String[] {"align", SEED_NAME, unrelated.toString(), "--target", "en"}),
        Arguments.of(
            "an XLIFF file that is not UTF-8",
            new String[] {"import-xliff", windows1256.toString()}),
        Arguments.of("an unknown document id", new String[] {"segments", "999"}),
        Arguments.of("an unknown document name", new String[] {"segments", "no-such-document.txt"}),
        Arguments.of("an unknown segment id", new String[] {"segment", "999999"}),
        Arguments.of("an unknown option", new String[] {"docs", "--all"}),
        Arguments.of("an unknown command", new String[] {"frobnicate"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  @Order(6)
  void badInputGivesOneLineOnStderrAndExitCodeTwo(String what, String[] args) throws Exception {
    Result result = run(args);

    assertThat(result.exitCode()).as(what + ": exit code").isEqualTo(2);
    assertThat(result.out()).as(what + ": stdout").isEmpty();
    assertThat(result.err().lines())
        .as(what + ": stderr")
        .singleElement()
        .asString()
        .startsWith("error: ")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  @Order(7)
  void badInputLeavesTheWorkspaceUnchanged() throws Exception {
    assertThat(run("docs", "--json").out()).isEqualTo(docsBefore);
  }

  @Test
  @Order(8)
  void withoutArgumentsRunsTheInteractiveShellUntilExit() throws Exception {
    Path input = Files.writeString(files.resolve("typed.txt"), "docs\nsegment abc\nexit\n");

    Result shell = run(workspace, input.toFile());

    assertThat(shell.exitCode()).isZero();
    // docs wraps a long name after a hyphen to fit 80 columns.
    assertThat(shell.out().replaceAll("-\n +", "-"))
        .contains("tarjuman> ", SEED_NAME, "must be a positive whole number", "Exiting the shell");
    assertThat(shell.err()).isEmpty();
  }

  @Test
  @Order(9)
  void exportTranslateAndImportXliffPutsEachTranslationOnItsSegment() throws Exception {
    Path folder = Files.createDirectories(files.resolve("xliff"));

    Result exported = run("export-xliff", SEED_NAME, "--target", "en", "--out", folder.toString());
    Path xliff = folder.resolve(SEED_NAME + ".en.xlf");
    Path translated = folder.resolve("translated.xlf");
    Files.write(translated, translateEveryUnit(Files.readAllBytes(xliff)));
    Result imported = run("import-xliff", translated.toString(), "--json");
    Result segments = run("segments", SEED_NAME, "--target", "en", "--json");

    assertThat(exported.exitCode()).isZero();
    assertThat(exported.err()).isEmpty();
    assertThat(exported.out()).contains(xliff.toString()).containsPattern("units +16");
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.err()).isEmpty();
    JsonNode report = json.readTree(imported.out());
    assertThat(report.get("updated").asInt()).isEqualTo(SEED_SEGMENTS);
    assertThat(report.get("rejected").asInt()).isZero();
    JsonNode list = json.readTree(segments.out()).get("segments");
    assertThat(list).hasSize(SEED_SEGMENTS);
    for (JsonNode segment : list) {
      assertThat(segment.get("status").asText()).isEqualTo("translated");
      JsonNode translation = segment.get("translations").get(0);
      assertThat(translation.get("text").asText())
          .isEqualTo("EN: " + segment.get("source").asText());
      assertThat(translation.get("origin").asText()).isEqualTo("xliff");
    }
  }

  @Test
  @Order(10)
  void aNotWellFormedXliffGivesItsPositionAndExitCodeTwoAndChangesNothing() throws Exception {
    Path folder = Files.createDirectories(files.resolve("broken"));
    run("export-xliff", SEED_NAME, "--target", "en", "--xliff", "2.1", "--out", folder.toString());
    byte[] translated =
        translateEveryUnit(Files.readAllBytes(folder.resolve(SEED_NAME + ".en.xlf")));
    Path broken = folder.resolve("broken.xlf");
    Files.write(broken, java.util.Arrays.copyOf(translated, translated.length / 2));
    String before = run("segments", SEED_NAME, "--target", "en", "--json").out();

    Result result = run("import-xliff", broken.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines())
        .singleElement()
        .asString()
        .matches("error: .*broken\\.xlf:\\d+:\\d+: .*");
    assertThat(run("segments", SEED_NAME, "--target", "en", "--json").out()).isEqualTo(before);
  }

  @Test
  @Order(11)
  void mergeWritesTheTranslatedArticleLineForLine() throws Exception {
    Path out = files.resolve("merged.en.txt");

    Result merged = run("merge", SEED_NAME, "--target", "en", "--out", out.toString());

    assertThat(merged.exitCode()).isZero();
    assertThat(merged.err()).isEmpty();
    assertThat(merged.out())
        .contains(out.toString())
        .containsPattern("translated +16")
        .containsPattern("kept source +0");
    List<String> source = Files.readAllLines(seed);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSameSizeAs(source);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).startsWith("EN: ");
    }
    assertThat(String.join("\n", lines)).contains("#جيش_الدفاع", "@AvichayAdraee");
  }

  @Test
  @Order(12)
  void alignStoresTheEnglishTranslationOverTheXliffOnesAndKeepsThemInTheHistory() throws Exception {
    Path english = files.resolve("article.en.txt");
    try (InputStream in =
        ConsoleIT.class.getClassLoader().getResourceAsStream(SEED.replace(".txt", ".en.txt"))) {
      Files.copy(in, english);
    }

    Result text = run("align", SEED_NAME, english.toString(), "--target", "en");
    Result again = run("align", SEED_NAME, english.toString(), "--target", "en", "--json");
    Result first = run("segment", "1", "--target", "en");

    assertThat(text.exitCode()).isZero();
    assertThat(text.err()).isEmpty();
    assertThat(text.out())
        .contains("15 pairs, 14 translated, 1 need review", "Stored: 0 added, 16 changed")
        .contains("4+5      2:1");
    assertThat(text.out().lines()).allSatisfy(l -> assertThat(org.tarjuman.cli.format.TextTable.cells(l)).isLessThanOrEqualTo(80));
    JsonNode report = json.readTree(again.out());
    assertThat(report.get("unchanged").asInt()).isEqualTo(SEED_SEGMENTS);
    assertThat(report.get("pairs").get(0).get("kind").asText()).isEqualTo("1:2");
    assertThat(first.out()).contains("aligned", "The Inspector General of the Moroccan");
  }

  @Test
  @Order(13)
  void reimportingAnEditedArticleCarriesTheTranslationsOver() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(seed));
    lines.set(0, lines.get(0).replace("الاثنين", "الثلاثاء"));
    lines.add(1, "وأعلن الجيش عن برنامج جديد للتدريب المشترك في العام المقبل.");
    Path edited = Files.write(files.resolve("edited.txt"), lines);

    Result imported =
        run("import", edited.toString(), "--source", "ar", "--target", "en", "--name", SEED_NAME,
            "--json");
    Result old = run("segments", SEED_NAME, "--target", "en", "--version", "1", "--json");

    assertThat(imported.exitCode()).isZero();
    JsonNode changes = json.readTree(imported.out()).get("changes");
    assertThat(changes.get("previousVersion").asInt()).isEqualTo(1);
    assertThat(changes.get("unchanged").asInt()).isEqualTo(SEED_SEGMENTS - 1);
    assertThat(changes.get("edited").asInt()).isEqualTo(1);
    assertThat(changes.get("new").asInt()).isEqualTo(1);
    assertThat(changes.get("carried").asInt()).isEqualTo(SEED_SEGMENTS - 1);
    assertThat(changes.get("suggested").asInt()).isEqualTo(1);
    JsonNode first = json.readTree(old.out()).get("segments").get(0);
    assertThat(first.get("source").asText()).contains("الاثنين");
    assertThat(first.get("status").asText()).isEqualTo("translated");
  }

  @Test
  @Order(14)
  void importsJavaPropertiesIntoArabicWithKeysAndRefusesADuplicateKey() throws Exception {
    Path properties =
        Files.writeString(
            files.resolve("app.properties"),
            """
            # {0} is the customer's first name.
            checkout.greeting=Welcome back, {0}!
            checkout.items=You have %d items in your basket.
            checkout.empty=
            """,
            StandardCharsets.UTF_8);
    Path duplicate =
        Files.writeString(
            files.resolve("twice.properties"), "a=One\nb=Two\na=Three\n", StandardCharsets.UTF_8);

    Result imported = run("import", properties.toString(), "--source", "en", "--target", "ar");
    Result segments = run("segments", "app.properties", "--target", "ar");
    Path xliff = files.resolve("app.ar.xlf");
    Result exported = run("export-xliff", "app.properties", "--target", "ar", "--out", xliff.toString());
    String docs = run("docs", "--json").out();
    Result refused = run("import", duplicate.toString(), "--source", "en", "--target", "ar");

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out())
        .contains("text/x-java-properties; charset=UTF-8")
        .containsPattern("units +2\n")
        .containsPattern("skipped +1 ");
    assertThat(segments.out())
        .contains("KEY")
        .containsPattern("checkout\\.greeting +Welcome back, \\{0\\}!");
    assertThat(exported.exitCode()).isZero();
    assertThat(Files.readString(xliff))
        .contains("resname=\"checkout.greeting\"", "<ph id=\"1\"", ">{0}</ph>");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err().lines())
        .singleElement()
        .asString()
        .isEqualTo("error: " + duplicate + ": the key 'a' occurs twice; keep one of them and import"
            + " it again");
    assertThat(run("docs", "--json").out()).isEqualTo(docs);
  }

  @Test
  @Order(15)
  void reimportedPropertiesMatchByKeyThenByTextAsSegmentsJsonShows() throws Exception {
    Path file = files.resolve("shop.properties");
    Files.writeString(
        file,
        "app.title=Orders\napp.save=Save changes\ngreeting=Welcome back\nlegacy.fax=Fax us\n",
        StandardCharsets.UTF_8);
    run("import", file.toString(), "--source", "en", "--target", "ar");
    for (JsonNode segment :
        json.readTree(run("segments", "shop.properties", "--json").out()).get("segments")) {
      String arabic = "ترجمة " + segment.get("unitKey").asText();
      run("translate", segment.get("id").asText(), "--target", "ar", arabic);
    }
    Files.writeString(
        file,
        "app.title=Your orders this month\napp.save=Save changes\nhome.greeting=Welcome back\n"
            + "cart.empty=Your cart is empty\n",
        StandardCharsets.UTF_8);

    Result second = run("import", file.toString(), "--source", "en", "--target", "ar", "--json");
    Result segments = run("segments", "shop.properties", "--target", "ar", "--json");

    assertThat(second.exitCode()).isZero();
    JsonNode changes = json.readTree(second.out()).get("changes");
    assertThat(changes.get("unchanged").asInt()).isEqualTo(1);
    assertThat(changes.get("edited").asInt()).isEqualTo(1);
    assertThat(changes.get("moved").asInt()).isEqualTo(1);
    assertThat(changes.get("new").asInt()).isEqualTo(1);
    assertThat(changes.get("deleted").asInt()).isEqualTo(1);
    Map<String, String> states = new LinkedHashMap<>();
    for (JsonNode segment : json.readTree(segments.out()).get("segments")) {
      JsonNode ar = segment.get("translations");
      states.put(
          segment.get("unitKey").asText(),
          ar.isEmpty()
              ? "new"
              : ar.get(0).get("status").asText() + " " + ar.get(0).get("origin").asText() + " "
                  + ar.get(0).get("text").asText());
    }
    assertThat(states)
        .containsExactly(
            Map.entry("app.title", "needs-review carried-over ترجمة app.title"),
            Map.entry("app.save", "translated carried-over ترجمة app.save"),
            Map.entry("home.greeting", "translated carried-over ترجمة greeting"),
            Map.entry("cart.empty", "new"));
  }

  /**
   * What a translator's CAT tool does, through the DOM: after each source without a target, a
   * target with "EN: " and a copy of the source (inline codes included), state translated.
   */
  private static byte[] translateEveryUnit(byte[] xliff) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff));
    boolean xliff12 = "1.2".equals(document.getDocumentElement().getAttribute("version"));
    NodeList sources = document.getElementsByTagNameNS("*", "source");
    List<Element> untranslated = new ArrayList<>();
    for (int i = 0; i < sources.getLength(); i++) {
      Element source = (Element) sources.item(i);
      Node next = source.getNextSibling();
      while (next != null && next.getNodeType() != Node.ELEMENT_NODE) {
        next = next.getNextSibling();
      }
      if (next == null || !"target".equals(next.getLocalName())) {
        untranslated.add(source);
      }
    }
    for (Element source : untranslated) {
      Element target = document.createElementNS(source.getNamespaceURI(), "target");
      if (xliff12) {
        target.setAttribute("state", "translated");
      } else {
        target.setAttribute("xml:space", source.getAttribute("xml:space"));
        ((Element) source.getParentNode()).setAttribute("state", "translated");
      }
      target.appendChild(document.createTextNode("EN: "));
      for (Node child = source.getFirstChild(); child != null; child = child.getNextSibling()) {
        target.appendChild(child.cloneNode(true));
      }
      source.getParentNode().insertBefore(target, source.getNextSibling());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransformerFactory.newInstance()
        .newTransformer()
        .transform(new DOMSource(document), new StreamResult(out));
    return out.toByteArray();
  }
}
