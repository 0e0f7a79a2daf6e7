package org.tarjuman.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.Format;

class TikaDetectorTest {

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private final TikaDetector detector = new TikaDetector();

  @TempDir Path dir;

  static Stream<Arguments> seedEncodings() {
    return Stream.of(
        Arguments.of(StandardCharsets.UTF_8, false),
        Arguments.of(StandardCharsets.UTF_8, true),
        Arguments.of(StandardCharsets.UTF_16LE, true),
        Arguments.of(StandardCharsets.UTF_16BE, true),
        Arguments.of(WINDOWS_1256, false),
        Arguments.of(ISO_8859_6, false));
  }

  @ParameterizedTest(name = "{0}, byte order mark {1}")
  @MethodSource("seedEncodings")
  void detectsSeedArticleAsPlainTextInItsCharset(Charset charset, boolean bom) throws IOException {
    Path file =
        TestDocuments.text(dir, "article.txt", SeedArticle.encodableIn(charset), charset, bom);

    Detection detection = detector.detect(file);

    assertThat(detection.format()).isEqualTo(Format.PLAIN_TEXT);
    assertThat(detection.mediaType()).isEqualTo("text/plain");
    assertThat(detection.charset()).contains(charset);
    assertThat(detection.bom()).isEqualTo(bom);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"windows-1256", "ISO-8859-6"})
  void detectsLegacyArabicTextWithoutAFileNameExtension(String charsetName) throws IOException {
    Charset charset = Charset.forName(charsetName);
    Path file =
        TestDocuments.text(dir, "article", SeedArticle.encodableIn(charset), charset, false);

    assertThat(detector.detect(file).charset()).contains(charset);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"windows-1256", "ISO-8859-6"})
  void readsEveryEightWordExtractOfTheSeedsArabicInItsOwnLegacyCharset(String charsetName)
      throws IOException {
    Charset charset = Charset.forName(charsetName);
    // ICU4J needs about eight Arabic words: on fewer it may rank Hebrew or Greek charsets first,
    // and with a few Arabic words among Latin ones, ISO-8859-1.
    List<String> words =
        Arrays.stream(SeedArticle.encodableIn(charset).split("\\s+"))
            .filter(
                word ->
                    word.codePoints()
                        .anyMatch(
                            c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
            .toList();
    for (int i = 0; i + 8 <= words.size(); i += 8) {
      String extract = String.join(" ", words.subList(i, i + 8));
      Path file = TestDocuments.text(dir, "extract-" + i + ".txt", extract, charset, false);

      Charset detected = detector.detect(file).charset().orElseThrow();

      // Where an extract uses only bytes the two charsets share, either one reads it right.
      assertThat(new String(Files.readAllBytes(file), detected))
          .as("extract %d read as %s", i, detected)
          .isEqualTo(extract);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"windows-1256", "ISO-8859-6", "UTF-8"})
  void takesTheCharsetAnHtmlMetaElementDeclares(String charsetName) throws IOException {
    Charset charset = Charset.forName(charsetName);
    String page =
        TestDocuments.html(
            "<meta charset=\"" + charsetName + "\">",
            SeedArticle.lines(SeedArticle.encodableIn(charset)));
    Path file = TestDocuments.text(dir, "page.html", page, charset, false);

    Detection detection = detector.detect(file);

    assertThat(detection.format()).isEqualTo(Format.HTML);
    assertThat(detection.mediaType()).isEqualTo("text/html");
    assertThat(detection.charset()).contains(charset);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"windows-1256", "ISO-8859-6"})
  void takesTheCharsetAnHttpEquivMetaElementDeclares(String charsetName) throws IOException {
    Charset charset = Charset.forName(charsetName);
    String page =
        TestDocuments.html(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charsetName + "\">",
            SeedArticle.lines(SeedArticle.encodableIn(charset)));
    // No .html in the name: the markup alone says it is HTML.
    Path file = TestDocuments.text(dir, "page", page, charset, false);

    Detection detection = detector.detect(file);

    assertThat(detection.format()).isEqualTo(Format.HTML);
    assertThat(detection.charset()).contains(charset);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void recognisesHtmlInUtf16ByItsMarkup(String charsetName) throws IOException {
    Charset charset = Charset.forName(charsetName);
    String page = TestDocuments.html("", SeedArticle.lines(SeedArticle.text()));
    Path file = TestDocuments.text(dir, "page.txt", page, charset, true);

    Detection detection = detector.detect(file);

    assertThat(detection.format()).isEqualTo(Format.HTML);
    assertThat(detection.charset()).contains(charset);
    assertThat(detection.bom()).isTrue();
  }

  @Test
  void detectsXhtmlAsHtml() throws IOException {
    String page =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>خبر</title></head>
        <body><p>يصل المفتش العام للقوات المسلحة الملكية المغربية.</p></body></html>
        """;
    Path file = TestDocuments.text(dir, "page.xhtml", page, StandardCharsets.UTF_8, false);

    Detection detection = detector.detect(file);

    assertThat(detection.format()).isEqualTo(Format.HTML);
    assertThat(detection.mediaType()).isEqualTo("application/xhtml+xml");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"report.docx", "report.zip", "report"})
  void detectsDocxByWhatTheZipHoldsWhateverItsName(String name) throws IOException {
    Path file = TestDocuments.docx(dir, name, List.of(List.of("مرحبا ", "*بالعالم")));

    Detection detection = detector.detect(file);

    assertThat(detection)
        .isEqualTo(new Detection(Format.DOCX, Format.DOCX.mediaType(), Optional.empty(), false));
  }

  @Test
  void refusesAZipNamedDocxThatHoldsNoWordDocument() throws IOException {
    Path file = TestDocuments.bytes(dir, "fake.docx", TestDocuments.zip(Map.of("notes.txt", "نص")));

    assertRefused(file, "unsupported format (application/zip)");
  }

  @Test
  void refusesASpreadsheetPackageNamingItsType() throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        TestDocuments.contentTypes(
            "/xl/workbook.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
    parts.put("xl/workbook.xml", "<workbook/>");
    Path file = TestDocuments.bytes(dir, "book.docx", TestDocuments.zip(parts));

    assertRefused(
        file,
        "unsupported format (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)");
  }

  @Test
  void refusesAPlainZip() throws IOException {
    Path file = TestDocuments.bytes(dir, "archive.zip", TestDocuments.zip(Map.of("a.txt", "a")));

    assertRefused(file, "unsupported format (application/zip)");
  }

  @Test
  void refusesAPngImageEvenNamedTxt() throws IOException {
    byte[] png = {
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
      1
    };
    Path file = TestDocuments.bytes(dir, "photo.txt", png);

    assertThatThrownBy(() -> detector.detect(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            file
                + ": unsupported format (image/png); Tarjuman imports plain text, HTML, DOCX,"
                + " Markdown, Gettext PO, Java properties, JSON, YAML, Android strings.xml, XML"
                + " (ITS), XLIFF 1.2, XLIFF 2");
  }

  @Test
  void refusesAPdf() throws IOException {
    byte[] pdf =
        "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = TestDocuments.bytes(dir, "paper.pdf", pdf);

    assertRefused(file, "unsupported format (application/pdf)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"noise.bin", "noise.txt", "noise"})
  void refusesRandomBytesAsBinary(String name) throws IOException {
    byte[] noise = new byte[8192];
    new Random(20260520).nextBytes(noise);
    Path file = TestDocuments.bytes(dir, name, noise);

    assertRefused(file, "binary data, not text");
  }

  @ParameterizedTest(name = "{0} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "notes.md | # عنوان\\n\\nنص.\\n | MARKDOWN",
        "app.properties | greeting=Hello {0}\\n | PROPERTIES",
        "ar.po | msgid \"Open\"\\nmsgstr \"فتح\"\\n | PO",
        "shop.pot | # Template\\nmsgid \"Open\"\\nmsgstr \"\"\\n | PO",
        "en.yml | en:\\n  hello: Hi\\n | YAML",
        "strings.json | {\"hello\": \"Hi\"} | JSON",
        "strings.xml | <?xml version=\"1.0\"?><resources><string name=\"a\">b</string></resources>"
            + " | ANDROID_STRINGS",
        "data.xml | <?xml version=\"1.0\"?><doc><p>Hi</p></doc> | XML",
        "v1.xlf | <xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/> | XLIFF",
        "v2.xlf | <xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/> | XLIFF2",
        "notes.txt | msgid is a word, not a catalogue\\n | PLAIN_TEXT"
      })
  void detectsSoftwareStringAndMarkupFormats(String name, String text, Format format)
      throws IOException {
    Path file =
        TestDocuments.text(dir, name, text.replace("\\n", "\n"), StandardCharsets.UTF_8, false);

    Detection detection = detector.detect(file);

    assertThat(detection.format()).isEqualTo(format);
    assertThat(detection.mediaType()).isEqualTo(format.mediaType());
  }

  @Test
  void refusesAMissingFile() {
    assertRefused(dir.resolve("missing.txt"), "no such file");
  }

  @Test
  void refusesADirectory() throws IOException {
    assertRefused(Files.createDirectory(dir.resolve("folder.txt")), "is a directory");
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    assertRefused(TestDocuments.bytes(dir, "empty.txt", new byte[0]), "empty");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-8", "UTF-16LE"})
  void refusesAFileOfOnlyAByteOrderMarkAndWhitespace(String charsetName) throws IOException {
    Path file =
        TestDocuments.text(dir, "blank.txt", " \n\t\r\n ", Charset.forName(charsetName), true);

    assertRefused(file, "empty");
  }

  @Test
  void refusesAnUnreadableFile() throws IOException {
    Path file = TestDocuments.text(dir, "secret.txt", "نص", StandardCharsets.UTF_8, false);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "the superuser reads any file");

    assertRefused(file, "cannot be read");
  }

  @Test
  void readsOnlyTheHeadOfALargeFile() throws IOException {
    // Valid UTF-8 Arabic for well past the head, then bytes no text has: only the head is judged.
    byte[] article = (SeedArticle.text() + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[article.length * 20 + 4096];
    for (int i = 0; i < 20; i++) {
      System.arraycopy(article, 0, file, i * article.length, article.length);
    }
    Path path = TestDocuments.bytes(dir, "long.txt", file);

    Detection detection = detector.detect(path);

    assertThat(detection.format()).isEqualTo(Format.PLAIN_TEXT);
    assertThat(detection.charset()).contains(StandardCharsets.UTF_8);
  }

  private void assertRefused(Path file, String reason) {
    assertThatThrownBy(() -> detector.detect(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining(reason)
        .message()
        .doesNotContain("\n");
  }
}
