package org.tarjuman.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the documents the ingest tests read: text in a charset, HTML, DOCX and zip packages. */
final class TestDocuments {

  private TestDocuments() {}

  /** Writes text in a charset, after a byte order mark when {@code bom} is set. */
  static Path text(Path dir, String name, String text, Charset charset, boolean bom)
      throws IOException {
    // Java's UTF-16LE and UTF-16BE encoders write no byte order mark: U+FEFF is written as one.
    return bytes(dir, name, (bom ? "\uFEFF" + text : text).getBytes(charset));
  }

  static Path bytes(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** An HTML page whose {@code head} holds {@code headMarkup} and whose body holds paragraphs. */
  static String html(String headMarkup, List<String> paragraphs) {
    StringBuilder page =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n")
            .append(headMarkup)
            .append("\n<title>خبر</title>\n</head>\n<body>\n");
    paragraphs.forEach(p -> page.append("<p>").append(p).append("</p>\n"));
    return page.append("</body>\n</html>\n").toString();
  }

  /**
   * A minimal WordprocessingML package: each paragraph is a list of runs, a run starting with
   * {@code *} is bold. {@code [Content_Types].xml} is written last, as some tools do, so only a
   * look into the zip's directory finds it.
   */
  static Path docx(Path dir, String name, List<List<String>> paragraphs) throws IOException {
    StringBuilder body = new StringBuilder();
    for (List<String> runs : paragraphs) {
      body.append("<w:p><w:pPr><w:bidi/></w:pPr>");
      for (String run : runs) {
        boolean bold = run.startsWith("*");
        body.append("<w:r>")
            .append(bold ? "<w:rPr><w:b/><w:rtl/></w:rPr>" : "<w:rPr><w:rtl/></w:rPr>")
            .append("<w:t xml:space=\"preserve\">")
            .append(bold ? run.substring(1) : run)
            .append("</w:t></w:r>");
      }
      body.append("</w:p>");
    }
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "_rels/.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>\
        """);
    parts.put(
        "word/document.xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:body>%s</w:body></w:document>\
        """
            .formatted(body));
    parts.put(
        "[Content_Types].xml",
        contentTypes(
            "/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
    return bytes(dir, name, zip(parts));
  }

  /** The {@code [Content_Types].xml} of a package whose main part has the given content type. */
  static String contentTypes(String mainPart, String mainContentType) {
    return """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="%s" ContentType="%s"/></Types>\
    """
        .formatted(mainPart, mainContentType);
  }

  /** A zip of UTF-8 text entries, in the map's order. */
  static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
