package org.tarjuman.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.InlineCode;

class OkapiExtractorTest {

  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  private final TikaDetector detector = new TikaDetector();
  private final OkapiExtractor extractor = new OkapiExtractor();

  @TempDir Path dir;

  static Stream<Arguments> seedEncodings() {
    return Stream.of(
        Arguments.of(StandardCharsets.UTF_8, false),
        Arguments.of(StandardCharsets.UTF_8, true),
        Arguments.of(StandardCharsets.UTF_16LE, true),
        Arguments.of(StandardCharsets.UTF_16BE, true),
        Arguments.of(Charset.forName("windows-1256"), false),
        Arguments.of(Charset.forName("ISO-8859-6"), false));
  }

  @ParameterizedTest(name = "{0}, byte order mark {1}")
  @MethodSource("seedEncodings")
  void extractsTheSeedsFourteenParagraphsInAnyEncoding(Charset charset, boolean bom)
      throws IOException {
    String text = SeedArticle.encodableIn(charset);
    Path file = TestDocuments.text(dir, "article.txt", text, charset, bom);

    List<ExtractedUnit> units = extract(file);

    assertThat(units).hasSize(14);
    // The byte order mark stays out of the first unit; the last line has no newline after it.
    assertThat(units).extracting(u -> u.content().plainText()).isEqualTo(SeedArticle.lines(text));
    assertThat(units).extracting(ExtractedUnit::index).containsExactlyElementsOf(range(14));
    assertThat(units)
        .extracting(ExtractedUnit::key)
        .doesNotHaveDuplicates()
        .allMatch(k -> !k.isBlank());
  }

  @Test
  void takesBlocksBetweenEmptyLinesAsParagraphs() throws IOException {
    String text =
        """
        يصل المفتش العام للقوات المسلحة الملكية المغربية،
        بلخير الفاروق، الاثنين، إسرائيل.

        وسيحظى الوفد المغربي بمراسم استقبال رسمية.


        وكان البلدان قد وقعا في نوفمبر مذكرة تفاهم
        أرست إطارا متينا للتعاون الأمني.\
        """;
    Path file = TestDocuments.text(dir, "paragraphs.txt", text, StandardCharsets.UTF_8, false);

    assertThat(extract(file))
        .extracting(u -> u.content().plainText())
        .containsExactly(
            "يصل المفتش العام للقوات المسلحة الملكية المغربية،\nبلخير الفاروق، الاثنين، إسرائيل.",
            "وسيحظى الوفد المغربي بمراسم استقبال رسمية.",
            "وكان البلدان قد وقعا في نوفمبر مذكرة تفاهم\nأرست إطارا متينا للتعاون الأمني.");
  }

  @Test
  void takesEachLineAsAParagraphWhenEmptyLinesOnlyEndTheFile() throws IOException {
    String text = "السطر الأول.\r\nالسطر الثاني.\r\n\r\n\r\n";
    Path file = TestDocuments.text(dir, "lines.txt", text, StandardCharsets.UTF_8, false);

    assertThat(extract(file))
        .extracting(u -> u.content().plainText())
        .containsExactly("السطر الأول.", "السطر الثاني.");
  }

  @Test
  void keepsBackslashesOfPlainTextAsText() throws IOException {
    String text = "المسار C:\\new\\u0041 كما هو.\n";
    Path file = TestDocuments.text(dir, "paths.txt", text, StandardCharsets.UTF_8, false);

    assertThat(extract(file))
        .extracting(u -> u.content().plainText())
        .containsExactly("المسار C:\\new\\u0041 كما هو.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"one paragraph per line", "paragraphs between empty lines"})
  void writesPlainTextBackUnchangedThroughTheSameFilter(String layout) throws IOException {
    String seed = SeedArticle.text() + "\nالمسار C:\\new\\u0041 كما هو.";
    String text = layout.startsWith("one") ? seed : seed.replace("\n", "\n\n");
    Path file = TestDocuments.text(dir, "article.txt", text, StandardCharsets.UTF_8, false);
    Detection detection = detector.detect(file);
    Path copy = dir.resolve("copy.txt");

    try (IFilter filter = extractor.createFilter(file, detection);
        RawDocument document =
            new RawDocument(file.toUri(), "UTF-8", LocaleId.fromBCP47("ar"), LocaleId.ENGLISH);
        IFilterWriter writer = filter.createFilterWriter()) {
      writer.setOptions(LocaleId.ENGLISH, "UTF-8");
      writer.setOutput(copy.toString());
      filter.open(document);
      while (filter.hasNext()) {
        Event event = filter.next();
        writer.handleEvent(event);
      }
    }

    assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void turnsHtmlInlineMarkupIntoInlineCodes() throws IOException {
    String page =
        TestDocuments.html(
            "<meta charset=\"UTF-8\">",
            List.of(
                "يصل <b>المفتش العام</b> إلى <a href=\"https://example.org/a?b=1&amp;c=2\">تل"
                    + " أبيب</a>.",
                "الفقرة الثانية."));
    Path file = TestDocuments.text(dir, "page.html", page, StandardCharsets.UTF_8, false);

    List<ExtractedUnit> units = extract(file);

    assertThat(units)
        .extracting(u -> u.content().textOnly())
        .containsExactly("خبر", "يصل المفتش العام إلى تل أبيب.", "الفقرة الثانية.");
    Content first = units.get(1).content();
    assertThat(first.coded()).doesNotContain("<", ">");
    assertThat(first.codes())
        .extracting(InlineCode::kind, InlineCode::data)
        .containsExactly(
            tuple(InlineCode.Kind.OPENING, "<b>"),
            tuple(InlineCode.Kind.CLOSING, "</b>"),
            tuple(InlineCode.Kind.OPENING, "<a href=\"https://example.org/a?b=1&amp;c=2\">"),
            tuple(InlineCode.Kind.CLOSING, "</a>"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"windows-1256", "ISO-8859-6", "UTF-8"})
  void extractsTheSameTextFromHtmlInAnyDeclaredCharset(String charsetName) throws IOException {
    Charset charset = Charset.forName(charsetName);
    String text = SeedArticle.encodableIn(Charset.forName("ISO-8859-6"));
    String page =
        TestDocuments.html("<meta charset=\"" + charsetName + "\">", SeedArticle.lines(text));
    Path file = TestDocuments.text(dir, "page.html", page, charset, false);

    List<ExtractedUnit> units = extract(file);

    assertThat(units).extracting(u -> u.content().textOnly()).first().isEqualTo("خبر");
    assertThat(units.subList(1, units.size()))
        .extracting(u -> u.content().textOnly())
        .isEqualTo(SeedArticle.lines(text));
  }

  @Test
  void extractsHtmlInUtf16WithAByteOrderMark() throws IOException {
    String text = SeedArticle.text();
    String page = TestDocuments.html("", SeedArticle.lines(text));
    Path file = TestDocuments.text(dir, "page.html", page, StandardCharsets.UTF_16BE, true);

    List<ExtractedUnit> units = extract(file);

    assertThat(units.subList(1, units.size()))
        .extracting(u -> u.content().textOnly())
        .isEqualTo(SeedArticle.lines(text));
  }

  @Test
  void extractsDocxParagraphsInOrderWithBoldRunsAsCodes() throws IOException {
    Path file =
        TestDocuments.docx(
            dir,
            "report.docx",
            List.of(
                List.of("يصل ", "*المفتش العام", " للقوات المسلحة."),
                List.of("وسيحظى الوفد المغربي بمراسم استقبال رسمية."),
                List.of(),
                List.of("*وكان البلدان", " قد وقعا مذكرة تفاهم.")));

    List<ExtractedUnit> units = extract(file);

    assertThat(units)
        .extracting(u -> u.content().textOnly())
        .containsExactly(
            "يصل المفتش العام للقوات المسلحة.",
            "وسيحظى الوفد المغربي بمراسم استقبال رسمية.",
            "وكان البلدان قد وقعا مذكرة تفاهم.");
    assertThat(units).extracting(ExtractedUnit::index).containsExactly(0, 1, 2);
    Content first = units.get(0).content();
    assertThat(first.coded())
        .isEqualTo(
            "يصل "
                + Content.OPENING
                + (char) Content.INDEX_BASE
                + "المفتش العام"
                + Content.CLOSING
                + (char) (Content.INDEX_BASE + 1)
                + " للقوات المسلحة.");
    assertThat(first.codes())
        .extracting(InlineCode::kind, InlineCode::type)
        .containsExactly(
            tuple(InlineCode.Kind.OPENING, "x-bold;"), tuple(InlineCode.Kind.CLOSING, "x-bold;"));
  }

  @Test
  void refusesPlainTextThatStopsBeingValidInItsCharsetPastTheDetectedHead() throws IOException {
    byte[] article = (SeedArticle.text() + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[article.length * 20 + 2];
    for (int i = 0; i < 20; i++) {
      System.arraycopy(article, 0, bytes, i * article.length, article.length);
    }
    bytes[bytes.length - 2] = (byte) 0xFF;
    bytes[bytes.length - 1] = (byte) 0xFE;
    Path file = TestDocuments.bytes(dir, "spoilt.txt", bytes);
    Detection detection = detector.detect(file);

    assertThatThrownBy(() -> extractor.extract(file, detection, ARABIC, unit -> {}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            file
                + ": starts as UTF-8 text but is not UTF-8 throughout; save it in one encoding,"
                + " such as UTF-8, and import it again");
  }

  @Test
  void wrapsAFilterFailureNamingTheFile() throws IOException {
    Path file = TestDocuments.text(dir, "broken.docx", "not a zip", StandardCharsets.UTF_8, false);
    Detection claimed =
        new Detection(Format.DOCX, Format.DOCX.mediaType(), Optional.empty(), false);

    assertThatThrownBy(() -> extractor.extract(file, claimed, ARABIC, unit -> {}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(file + ": cannot be read as DOCX");
  }

  @Test
  void letsTheConsumersOwnFailureThroughUnwrapped() throws IOException {
    Path file =
        TestDocuments.text(dir, "article.txt", SeedArticle.text(), StandardCharsets.UTF_8, false);
    IllegalStateException failure = new IllegalStateException("store is full");

    assertThatThrownBy(
            () ->
                extractor.extract(
                    file,
                    detector.detect(file),
                    ARABIC,
                    unit -> {
                      throw failure;
                    }))
        .isSameAs(failure);
  }

  private List<ExtractedUnit> extract(Path file) {
    List<ExtractedUnit> units = new ArrayList<>();
    extractor.extract(file, detector.detect(file), ARABIC, units::add);
    return units;
  }

  private static List<Integer> range(int size) {
    return Stream.iterate(0, i -> i + 1).limit(size).toList();
  }
}
