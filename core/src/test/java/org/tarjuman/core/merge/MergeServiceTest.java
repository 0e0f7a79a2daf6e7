package org.tarjuman.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.Progress;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.MergeReport;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationUpdate;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;

/** Merges through the real import pipeline, H2 store and Okapi filter writers. */
class MergeServiceTest {

  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale EN = Locale.forLanguageTag("en");
  private static final String SEED = "/org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";

  @TempDir Path temp;
  private LocalWorkbench workbench;

  @BeforeEach
  void open() {
    workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(temp.resolve("ws")));
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void mergesTheSeedArticleLineForLineWithItsTokensIntact() throws IOException {
    String article = new String(seedBytes(), StandardCharsets.UTF_8);
    ImportReport report = importFile(Files.writeString(temp.resolve("article.txt"), article));
    List<SegmentView> segments = translateAllBut(report, /* skip= */ 3);

    MergeReport merged =
        workbench.merge("article.txt", EN, Optional.of(temp.resolve("out.txt")), false, /* replace= */ true, Progress.NONE);

    assertThat(merged.translated()).isEqualTo(segments.size() - 1);
    assertThat(merged.keptSource()).isEqualTo(1);
    assertThat(merged.charset()).isEqualTo("UTF-8");
    String out = Files.readString(temp.resolve("out.txt"));
    String[] sourceLines = article.split("\n", -1);
    String[] outLines = out.split("\n", -1);
    assertThat(outLines).hasSameSizeAs(sourceLines);
    for (SegmentView segment : segments) {
      // One unit per line: the article has no empty lines.
      String line = outLines[segment.unitIndex()];
      assertThat(sourceLines[segment.unitIndex()]).contains(segment.source().plainText());
      for (var code : segment.source().codes()) {
        assertThat(line).contains(code.data());
      }
      if (segment.index() == 3) {
        assertThat(line).contains(segment.source().textOnly().strip());
      } else {
        assertThat(line).contains("EN" + segment.index() + ".");
      }
    }
    assertThat(out).doesNotContain("\uE103").doesNotContain("\u202B");
  }

  @Test
  void refusesAnIncompleteTranslationAndWritesNothing() throws IOException {
    ImportReport report =
        importFile(Files.writeString(temp.resolve("a.txt"), "جملة أولى. جملة ثانية.\nسطر ثان."));
    translateAllBut(report, /* skip= */ 2);
    Path out = temp.resolve("a.en.txt");

    assertThatThrownBy(() -> workbench.merge("a.txt", EN, Optional.of(out), true, /* replace= */ true, Progress.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1 segment(s) not translated into en");
    assertThat(out).doesNotExist();
    assertThat(temp.toFile().list()).noneMatch(n -> n.endsWith(".tmp"));
  }

  @Test
  void mergesHtmlWithMarkupLinksAndTheTargetsLanguage() throws IOException {
    String html =
        """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head><meta charset="utf-8"><title>خبر</title></head>
        <body>
        <p>وصل <b>الوزير</b> إلى الرباط. زار <a href="https://example.com/a?x=1">المعرض</a> #جيش_الدفاع</p>
        <p>انتهت الزيارة.</p>
        </body>
        </html>
        """;
    ImportReport report = importFile(Files.writeString(temp.resolve("page.html"), html));
    List<SegmentView> segments = translateAllBut(report, /* skip= */ -1);

    MergeReport merged = workbench.merge("page.html", EN, Optional.of(temp.resolve("o.html")), true, /* replace= */ true, Progress.NONE);

    String out = Files.readString(temp.resolve("o.html"));
    assertThat(merged.translated()).isEqualTo(segments.size());
    assertThat(out).contains("<html lang=\"en\"").doesNotContain("dir=\"rtl\"");
    assertThat(out).contains("<a href=\"https://example.com/a?x=1\">", "<b>", "</b>", "#جيش_الدفاع");
    assertThat(out.split("<p>", -1)).hasSize(html.split("<p>", -1).length);
    assertThat(out).doesNotContain("الرباط", "انتهت");
    for (SegmentView segment : segments) {
      assertThat(out).contains("EN" + segment.index() + ".");
    }
  }

  @Test
  void mergesDocxParagraphByParagraphKeepingRunFormatting() throws IOException {
    Path docx = temp.resolve("doc.docx");
    Files.write(docx, docx(List.of("وصل الوزير. ", "*غادر الوفد.", "|", "انتهت الزيارة.")));
    ImportReport report = importFile(docx);
    List<SegmentView> segments = translateAllBut(report, /* skip= */ -1);

    MergeReport merged = workbench.merge("doc.docx", EN, Optional.empty(), false, /* replace= */ true, Progress.NONE);

    assertThat(merged.output().getFileName().toString()).isEqualTo("doc.en.docx");
    assertThat(merged.charset()).isEmpty();
    String document = entry(merged.output(), "word/document.xml");
    Files.deleteIfExists(merged.output());
    assertThat(document.split("<w:p>", -1)).hasSize(3);
    assertThat(document).contains("<w:b/>").doesNotContain("الوزير", "الزيارة");
    for (SegmentView segment : segments) {
      assertThat(document).contains("EN" + segment.index() + ".");
    }
  }

  /** Translates every segment as "EN<index>." followed by its source's codes, except one. */
  private List<SegmentView> translateAllBut(ImportReport report, int skip) {
    List<SegmentView> segments =
        workbench.segments(report.name(), Optional.empty(), Optional.empty());
    List<TranslationUpdate> updates = new ArrayList<>();
    for (SegmentView segment : segments) {
      if (segment.index() != skip) {
        updates.add(
            new TranslationUpdate(segment.id(), target(segment.source(), segment.index()),
                Status.TRANSLATED));
      }
    }
    workbench
        .translationStore()
        .apply(new TranslationBatch(report.documentId(), report.version(), EN, Origin.MANUAL, updates));
    return segments;
  }

  private static Content target(Content source, int index) {
    StringBuilder coded = new StringBuilder("EN" + index + ".");
    String s = source.coded();
    for (int i = 0; i < s.length(); i++) {
      if (Content.isMarker(s.charAt(i))) {
        coded.append(' ').append(s.charAt(i)).append(s.charAt(++i));
      }
    }
    return new Content(coded.toString(), source.codes());
  }

  private ImportReport importFile(Path file) {
    return workbench.importFile(
        new ImportRequest(file, AR, List.of(EN), Optional.empty(), Optional.empty()),
        (units, segments) -> {});
  }

  private static byte[] seedBytes() throws IOException {
    try (InputStream in = MergeServiceTest.class.getResourceAsStream(SEED)) {
      return in.readAllBytes();
    }
  }

  private static String entry(Path zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " not in " + zip);
  }

  /** A minimal DOCX: runs of one paragraph until "|"; a run starting with "*" is bold. */
  private static byte[] docx(List<String> runs) throws IOException {
    StringBuilder body = new StringBuilder("<w:p>");
    for (String run : runs) {
      if (run.equals("|")) {
        body.append("</w:p><w:p>");
        continue;
      }
      boolean bold = run.startsWith("*");
      body.append("<w:r>").append(bold ? "<w:rPr><w:b/></w:rPr>" : "")
          .append("<w:t xml:space=\"preserve\">").append(bold ? run.substring(1) : run)
          .append("</w:t></w:r>");
    }
    body.append("</w:p>");
    String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      put(zip, "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      put(zip, "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + w + "\"><w:body>"
              + body + "</w:body></w:document>");
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
