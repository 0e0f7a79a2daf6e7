package org.tarjuman.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Detection;

/**
 * Issue 6 §3: files built to exhaust memory or time are refused with one line naming the file, or
 * imported, within a watchdog's time and surefire's normal heap. Each file is generated here,
 * streaming, and goes through detection and extraction as an import does.
 */
class HostileInputsTest {

  private static final Locale ARABIC = Locale.forLanguageTag("ar");
  private static final String SENTENCE = "زار وفد عسكري مغربي إسرائيل، في أول زيارة من نوعها. ";

  private final TikaDetector detector = new TikaDetector();
  private final OkapiExtractor extractor = new OkapiExtractor();

  @TempDir Path dir;

  @Test
  @Timeout(
      value = 120,
      unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesADocxZipBombNamingThePart() throws IOException {
    Path bomb = ZipBomb.write(dir.resolve("bomb.docx"), 2048);
    assertThat(Files.size(bomb)).isLessThan(8L << 20);

    assertThatThrownBy(() -> extract(bomb))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(bomb + ": refused, part word/document.xml:")
        .hasMessageContaining("zip bomb");
  }

  @Test
  @Timeout(
      value = 120,
      unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesXmlWithFiveMillionNestedElements() throws IOException {
    Path xml = dir.resolve("nested.xml");
    try (Writer out = Files.newBufferedWriter(xml, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      for (int i = 0; i < 5_000_000; i++) {
        out.write("<a>");
      }
      out.write("نص");
      for (int i = 0; i < 5_000_000; i++) {
        out.write("</a>");
      }
    }

    assertThatThrownBy(() -> extract(xml))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(xml + ":2:")
        .hasMessageEndingWith(": elements nested more than 1,000 deep; Tarjuman refuses such XML");
  }

  @Test
  @Timeout(
      value = 120,
      unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesPlainTextWithOneLineOfFiftyMegabytesNamingTheLine() throws IOException {
    Path text = dir.resolve("line.txt");
    try (BufferedWriter out = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
      out.write("عنوان قصير\n");
      writeSentences(out, 50L << 20, " ");
      out.write("\n");
    }

    assertThatThrownBy(() -> extract(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            text
                + ":2: the line has more than the 1,000,000 characters Tarjuman segments at once;"
                + " break it into shorter paragraphs and import again");
  }

  @Test
  @Timeout(
      value = 120,
      unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesAMarkdownParagraphOfFiftyMegabytesNamingTheParagraph() throws IOException {
    Path markdown = dir.resolve("huge.md");
    try (BufferedWriter out = Files.newBufferedWriter(markdown, StandardCharsets.UTF_8)) {
      out.write("# عنوان\n\n");
      // One paragraph: many lines, none empty.
      writeSentences(out, 50L << 20, "\n");
      out.write("\n");
    }

    assertThatThrownBy(() -> extract(markdown))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            markdown
                + ":3: the paragraph starting here has more than the 1,000,000 characters");
  }

  @Test
  @Timeout(
      value = 120,
      unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesHtmlWithAMillionNestedElementsNamingTheLine() throws IOException {
    Path html = dir.resolve("deep.html");
    try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>عنوان</title></head><body>");
      for (int i = 0; i < 1_000_000; i++) {
        out.write("<div>");
      }
      out.write(SENTENCE);
      for (int i = 0; i < 1_000_000; i++) {
        out.write("</div>");
      }
      out.write("</body></html>\n");
    }

    assertThatThrownBy(() -> extract(html))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(html + ":2: elements nested more than 1,000 deep; Tarjuman refuses such HTML");
  }

  @Test
  void countsUnclosedParagraphsVoidElementsAndScriptsAsNoNesting() throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><ul>\n");
    for (int i = 0; i < 5_000; i++) {
      html.append("<li><p>نص<br><img src=\"a.png\" alt='<b>'><input/> <!-- <div> -->\n");
    }
    html.append("<script>for (i = 0; i < 3; i++) document.write('<div>');</script>");
    html.append("</ul></body></html>");
    StringBuilder deep = new StringBuilder("<html>\n<body>\n");
    deep.append("<section>".repeat(7)).append("\n<div>نص</div>");

    assertThat(HtmlNesting.lineBeyond(new StringReader(html.toString()), 8)).isEmpty();
    // html, body, seven sections, div: ten deep, on line 4.
    assertThat(HtmlNesting.lineBeyond(new StringReader(deep.toString()), 10)).isEmpty();
    assertThat(HtmlNesting.lineBeyond(new StringReader(deep.toString()), 9)).hasValue(4);
  }

  @Test
  void acceptsAParagraphOfExactlyTheLimitAndRefusesOneCharacterMore() {
    InputLimits limits = new InputLimits(10, 1L << 20, 100, 1L << 20, 10);
    Path file = Path.of("short.txt");

    ExtractedUnit ten = new ExtractedUnit(0, "tu1", Content.ofText("0123456789"));
    assertThat(limits.checkUnit(file, ten)).isSameAs(ten);
    assertThatThrownBy(
            () -> limits.checkUnit(file, new ExtractedUnit(4, "tu5", Content.ofText("0123456789A"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "short.txt: paragraph 5 (unit tu5) has 11 characters, more than the 10 Tarjuman"
                + " segments at once; break it into shorter paragraphs and import again");
  }

  @Test
  void refusesAnOrdinaryDocxOnlyBeyondTheExpandedSizeLimit() throws IOException {
    Path docx = TestDocuments.docx(dir, "letter.docx", List.of(List.of("مرحبا", "*بالعالم")));
    Detection detection = detector.detect(docx);
    long size = Files.size(docx);

    new InputLimits(1_000_000, 1L << 20, 100, 1L << 20, 1_000).checkFile(docx, detection);
    assertThatThrownBy(() -> new InputLimits(1_000_000, 100, 100, 0, 1_000).checkFile(docx, detection))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(docx + ": refused, part ")
        .hasMessageContaining("expand to more than 100 bytes");
    assertThat(size).isPositive();
  }

  private List<ExtractedUnit> extract(Path file) {
    Detection detection = detector.detect(file);
    List<ExtractedUnit> units = new ArrayList<>();
    extractor.extract(file, detection, ARABIC, units::add);
    return units;
  }

  private static void writeSentences(Writer out, long bytes, String separator) throws IOException {
    long written = 0;
    int sentenceBytes = SENTENCE.getBytes(StandardCharsets.UTF_8).length;
    while (written < bytes) {
      out.write(SENTENCE);
      out.write(separator);
      written += sentenceBytes + separator.length();
    }
  }
}
