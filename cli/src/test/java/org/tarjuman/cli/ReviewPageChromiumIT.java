package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.qa.QaService;
import org.tarjuman.core.review.ReviewService;
import org.tarjuman.core.segment.TokenCodeFinder;

/**
 * The review page as a browser lays it out: headless Chromium (Debian package {@code chromium})
 * renders a page of the seed article's segment 9 (Arabic with a URL, a mention, numbers and a Latin
 * date) translated into English, and a probe script appended to it writes the computed styles and
 * the positions of characters into the DOM, which {@code --dump-dom} prints. Skipped, with the
 * reason, when Chromium is not installed.
 */
class ReviewPageChromiumIT {

  static final String SEED_9_CODED =
      "سيستمر المؤتمر لمدة اسبوع، اذ تبدأ فعالياته من 12 سبتمبر – أيلول ولغاية الـ 15 منه "
          + Content.PLACEHOLDER
          + (char) Content.INDEX_BASE
          + "— افيخاي ادرعي ("
          + Content.PLACEHOLDER
          + (char) (Content.INDEX_BASE + 1)
          + ") September 8, 2022";

  @TempDir static Path folder;
  private static JsonNode probe;

  @BeforeAll
  static void render() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "chromium is not on PATH (Debian package chromium)");
    Path page = writePage();
    Path probed = folder.resolve("probed.html");
    Files.writeString(
        probed,
        Files.readString(page).replace("</body>", "<script>" + probeScript() + "</script></body>"));
    probe = dumpProbe(chromium.get(), probed);
  }

  static Path writePage() {
    Content source =
        new Content(
            SEED_9_CODED,
            List.of(
                new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "url", "pic.twitter.com/RIuybObm5n"),
                new InlineCode(InlineCode.Kind.PLACEHOLDER, 2, "mention", "@AvichayAdraee")));
    TranslationView english =
        new TranslationView(
            FakeWorkbench.EN,
            Content.ofText(
                "The conference will last a week, from 12 to 15 September"
                    + " pic.twitter.com/RIuybObm5n — Avichay Adraee (@AvichayAdraee) September 8,"
                    + " 2022"),
            Status.TRANSLATED,
            Origin.TM_FUZZY,
            92,
            Instant.EPOCH);
    List<SegmentView> segments = new ArrayList<>(FakeWorkbench.allSegments());
    segments.add(
        new SegmentView(109, 1, FakeWorkbench.NAME, 1, 8, "tu9", 9, source, 20, List.of(english)));
    var qa =
        new QaService(new TokenCodeFinder())
            .check(FakeWorkbench.summary(), segments, FakeWorkbench.EN);
    return new ReviewService().write(segments, qa, folder, /* replace= */ true).file();
  }

  @Test
  void arabicCellsAreRightToLeftAndStartAtTheRightEdge() {
    List<JsonNode> sources = cells("source");
    assertThat(sources).hasSize(4);
    for (JsonNode cell : sources) {
      assertThat(cell.get("direction").asText()).isEqualTo("rtl");
      assertThat(cell.get("textAlign").asText()).isEqualTo("right");
      assertThat(cell.get("unicodeBidi").asText()).isEqualTo("isolate");
      assertThat(cell.get("firstRight").asDouble())
          .as("first Arabic letter of %s at the cell's right edge", cell.get("row"))
          .isCloseTo(cell.get("contentRight").asDouble(), within(3.0));
    }
  }

  @Test
  void englishCellsAreLeftToRightAndStartAtTheLeftEdge() {
    List<JsonNode> targets = cells("target");
    assertThat(targets).hasSize(4);
    for (JsonNode cell : targets) {
      assertThat(cell.get("direction").asText()).isEqualTo("ltr");
      assertThat(cell.get("textAlign").asText()).isEqualTo("left");
      assertThat(cell.get("firstLeft").asDouble())
          .as("first letter of %s at the cell's left edge", cell.get("row"))
          .isCloseTo(cell.get("contentLeft").asDouble(), within(3.0));
    }
  }

  @Test
  void codesInsideArabicKeepTheirOwnOrder() {
    JsonNode url = code("s109", "source", "pic.twitter.com/RIuybObm5n");
    assertThat(url.get("direction").asText()).isEqualTo("ltr");
    assertThat(url.get("unicodeBidi").asText()).isEqualTo("isolate");
    assertThat(url.get("firstLeft").asDouble()).isLessThan(url.get("lastLeft").asDouble());
    JsonNode mention = code("s109", "source", "@AvichayAdraee");
    assertThat(mention.get("firstLeft").asDouble()).isLessThan(mention.get("lastLeft").asDouble());
    JsonNode hashtag = code("s102", "source", FakeWorkbench.HASHTAG);
    assertThat(hashtag.get("direction").asText()).isEqualTo("rtl");
    assertThat(hashtag.get("firstLeft").asDouble())
        .as("the # of an Arabic hashtag is at its right, where Arabic reading starts")
        .isGreaterThan(hashtag.get("lastLeft").asDouble());
  }

  @Test
  void numbersInsideArabicReadLeftToRight() {
    List<JsonNode> numbers = new ArrayList<>();
    probe.get("numbers").forEach(numbers::add);
    assertThat(numbers).extracting(n -> n.get("text").asText()).contains("12", "15", "2022");
    for (JsonNode n : numbers) {
      assertThat(n.get("firstLeft").asDouble())
          .as("digits of %s", n.get("text"))
          .isLessThan(n.get("lastLeft").asDouble());
    }
  }

  @Test
  void theStatusFilterHidesRows() {
    assertThat(probe.get("rows").asInt()).isEqualTo(4);
    assertThat(probe.get("visibleWithoutNew").asInt()).isEqualTo(2);
    assertThat(probe.get("shown").asText()).isEqualTo("2 of 4 segments shown");
  }

  private static List<JsonNode> cells(String kind) {
    List<JsonNode> cells = new ArrayList<>();
    probe
        .get("cells")
        .forEach(
            c -> {
              if (c.get("kind").asText().equals(kind)) {
                cells.add(c);
              }
            });
    return cells;
  }

  private static JsonNode code(String row, String kind, String text) {
    for (JsonNode c : probe.get("codes")) {
      if (c.get("row").asText().equals(row)
          && c.get("kind").asText().equals(kind)
          && c.get("text").asText().equals(text)) {
        return c;
      }
    }
    throw new AssertionError("no code " + text + " in " + kind + " of " + row + ": " + probe);
  }

  private static String probeScript() throws IOException {
    try (InputStream in = ReviewPageChromiumIT.class.getResourceAsStream("review-probe.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode dumpProbe(Path chromium, Path page) throws Exception {
    Path out = folder.resolve("dom.html");
    Process process =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                "--window-size=1200,900",
                "--user-data-dir=" + folder.resolve("profile"),
                "--dump-dom",
                page.toUri().toString())
            .redirectOutput(out.toFile())
            .redirectError(folder.resolve("chromium.log").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    String dom = Files.readString(out);
    Matcher m = Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(m.find())
        .as(
            "probe output in the DOM; chromium said: %s",
            Files.readString(folder.resolve("chromium.log")))
        .isTrue();
    String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return new ObjectMapper().readTree(json);
  }

  private static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
