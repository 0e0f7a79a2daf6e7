package org.tarjuman.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells what an Open Packaging Conventions package (ECMA-376 Part 2) holds: a Word document, a
 * workbook, a presentation. Tika's own detector for this, {@code OPCPackageDetector}, lives in
 * {@code tika-parser-microsoft-module} and brings Apache POI with it; Tarjuman needs only one
 * answer from it, which the package states itself: the content type of its main part in {@code
 * [Content_Types].xml} (ECMA-376 Part 2 §10.1.2.2), e.g. {@code
 * application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml} for DOCX.
 *
 * <p>Only the zip's central directory and that one entry are read, never the whole file.
 */
final class OpcPackage {

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String MAIN_PART_SUFFIX = ".main+xml";

  private OpcPackage() {}

  /**
   * The media type of the package, from the content type of its main part (the part's type without
   * {@code .main+xml}), or empty when the zip is not an OPC package with a main part.
   *
   * @throws IOException when the file is not a readable zip
   */
  static Optional<String> mediaType(Path zip) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry entry = file.getEntry(CONTENT_TYPES);
      if (entry == null) {
        return Optional.empty();
      }
      try (InputStream in = file.getInputStream(entry)) {
        return mainPartType(in)
            .map(type -> type.substring(0, type.length() - MAIN_PART_SUFFIX.length()));
      }
    }
  }

  private static Optional<String> mainPartType(InputStream contentTypes) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(contentTypes);
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT
              && "Override".equals(reader.getLocalName())) {
            String type = reader.getAttributeValue(null, "ContentType");
            if (type != null && type.endsWith(MAIN_PART_SUFFIX)) {
              return Optional.of(type);
            }
          }
        }
        return Optional.empty();
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException(CONTENT_TYPES + " is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
