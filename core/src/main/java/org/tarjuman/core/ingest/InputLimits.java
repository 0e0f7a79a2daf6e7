package org.tarjuman.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.files.XmlParseError;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.Format;

/**
 * The bounds an import keeps to, so that a hostile or broken file is refused with one line naming
 * it, before it can exhaust memory or time (issue 6 §3). Checked in two places:
 *
 * <ul>
 *   <li>before the Okapi filter opens the file ({@link #checkFile}), with streaming scans that hold
 *       nothing of the file: a DOCX package's parts are inflated and counted, without keeping
 *       them, and refused beyond {@code maxExpandedBytes} in all or when a part expands more than
 *       {@code maxRatio} times (a zip bomb; Apache POI's {@code ZipSecureFile} uses the same ratio);
 *       an XML document's element nesting is followed with StAX, an HTML document's with {@link
 *       HtmlNesting}, and refused beyond {@code maxXmlDepth}; a plain text or Markdown line longer than four bytes per allowed character is
 *       refused with its line number (four bytes encode at least one character in every charset the
 *       detector accepts), before a filter reads it whole;
 *   <li>for each extracted unit ({@link #checkUnit}): a paragraph of more than {@code maxUnitChars}
 *       characters is refused. Segmenting one such paragraph costs time that grows with the square
 *       of its length (Okapi's inline-code finder copies the coded text for every code it finds),
 *       and no real paragraph is that long; splitting it silently would break {@code merge}, which
 *       must find the same units in the original again.
 * </ul>
 *
 * @param maxUnitChars the most characters one paragraph (text unit) may have
 * @param maxExpandedBytes the most bytes a DOCX package's parts may expand to together
 * @param maxRatio the most a DOCX part may expand relative to its compressed size, once it is
 *     larger than {@code minRatioCheckedBytes}
 * @param minRatioCheckedBytes the expanded size from which a part's ratio is checked; small parts
 *     of repeated markup compress very well and are harmless
 * @param maxXmlDepth the deepest element nesting an XML or HTML document may have
 */
record InputLimits(
    int maxUnitChars,
    long maxExpandedBytes,
    int maxRatio,
    long minRatioCheckedBytes,
    int maxXmlDepth) {

  /** The limits every import uses; docs/formats.md ("Limits") lists them for users. */
  static final InputLimits DEFAULT =
      new InputLimits(1_000_000, 512L << 20, 100, 1L << 20, 1_000);

  private static final int BUFFER = 1 << 16;

  /** Woodstox's {@code WstxInputProperties.P_LAZY_PARSING}. */
  private static final String WOODSTOX_LAZY_PARSING = "com.ctc.wstx.lazyParsing";

  InputLimits {
    if (maxUnitChars < 1
        || maxExpandedBytes < 1
        || maxRatio < 1
        || minRatioCheckedBytes < 0
        || maxXmlDepth < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /**
   * Refuses a file that the format's filter could not read within bounded memory and time.
   *
   * @throws InvalidInputException naming the file, and the line or the package part when known
   */
  void checkFile(Path file, Detection detection) {
    try {
      switch (detection.format()) {
        case DOCX -> checkPackage(file);
        case PLAIN_TEXT -> checkLines(file, detection, /* paragraphs= */ false);
        case MARKDOWN -> checkLines(file, detection, /* paragraphs= */ true);
        case HTML -> checkHtmlDepth(file, detection);
        default -> {
          if (isXml(detection.format())) {
            checkXml(file, detection);
          }
        }
      }
    } catch (IOException e) {
      // As the filter would say it, e.g. for a DOCX that is not a zip.
      throw new InvalidInputException(
          file + ": cannot be read as " + detection.format().displayName() + " (" + e.getMessage()
              + ")",
          e);
    }
  }

  /**
   * Refuses a unit longer than {@code maxUnitChars}.
   *
   * @throws InvalidInputException naming the file and the unit
   */
  ExtractedUnit checkUnit(Path file, ExtractedUnit unit) {
    int length = unit.content().coded().length();
    if (length > maxUnitChars) {
      throw new InvalidInputException(
          String.format(
              Locale.ROOT,
              "%s: paragraph %d (unit %s) has %,d characters, more than the %,d Tarjuman segments"
                  + " at once; break it into shorter paragraphs and import again",
              file,
              unit.index() + 1,
              unit.key(),
              length,
              maxUnitChars));
    }
    return unit;
  }

  private static boolean isXml(Format format) {
    // application/xml and the +xml types: XML (ITS), XLIFF 1.2 and 2, Android strings.
    return format.mediaType().endsWith("xml");
  }

  private void checkPackage(Path file) throws IOException {
    long total = 0;
    byte[] buffer = new byte[BUFFER];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        // The sizes in the zip's directory may lie; the bytes inflated are counted instead.
        long compressed = Math.max(1, entry.getCompressedSize());
        long expanded = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            expanded += n;
            total += n;
            if (total > maxExpandedBytes) {
              throw refusedPackage(file, entry, "its parts expand to more than "
                  + size(maxExpandedBytes));
            }
            if (expanded > minRatioCheckedBytes && expanded > compressed * maxRatio) {
              throw refusedPackage(file, entry, String.format(Locale.ROOT,
                  "it expands more than %d times (%,d compressed bytes); a zip bomb?",
                  maxRatio, compressed));
            }
          }
        }
      }
    }
  }

  private static InvalidInputException refusedPackage(Path file, ZipEntry entry, String why) {
    return new InvalidInputException(
        file + ": refused, part " + entry.getName() + ": " + why);
  }

  /**
   * Refuses a line of plain text, or a paragraph of Markdown (lines up to an empty one: Okapi's
   * Markdown parser joins them by concatenation, again and again), longer than {@code
   * maxUnitChars}, naming the line where it starts.
   */
  private void checkLines(Path file, Detection detection, boolean paragraphs) throws IOException {
    char[] buffer = new char[BUFFER];
    long line = 1;
    long start = 1;
    long length = 0;
    boolean blank = true;
    // Malformed bytes are replaced, not refused: the filter decides about those.
    try (Reader in =
        new InputStreamReader(Files.newInputStream(file), FilterCatalog.encodingOf(detection))) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          char c = buffer[i];
          if (c == '\n') {
            line++;
            if (!paragraphs || blank) {
              start = line;
              length = 0;
            }
            blank = true;
          } else if (++length > maxUnitChars) {
            throw new InvalidInputException(
                String.format(
                    Locale.ROOT,
                    "%s:%d: the %s has more than the %,d characters Tarjuman segments at once;"
                        + " break it into shorter paragraphs and import again",
                    file,
                    start,
                    paragraphs ? "paragraph starting here" : "line",
                    maxUnitChars));
          } else if (c != ' ' && c != '\t' && c != '\r') {
            blank = false;
          }
        }
      }
    }
  }

  private void checkHtmlDepth(Path file, Detection detection) throws IOException {
    try (Reader html = Files.newBufferedReader(file, FilterCatalog.encodingOf(detection))) {
      OptionalLong line = HtmlNesting.lineBeyond(html, maxXmlDepth);
      if (line.isPresent()) {
        throw new InvalidInputException(
            String.format(
                Locale.ROOT,
                "%s:%d: elements nested more than %,d deep; Tarjuman refuses such HTML",
                file,
                line.getAsLong(),
                maxXmlDepth));
      }
    }
  }

  /**
   * Follows the element nesting with the StAX parser on the class path. Woodstox (which Okapi
   * brings) stops at its own depth limit, 1,000 by default, with an exception: that counts as too
   * deep too. Any other parse error refuses the file here, before the format's filter reads it: its
   * parser (the JDK's, for Okapi's XML filter) would print a {@code [Fatal Error]} line of its own
   * on standard error beside Tarjuman's message.
   */
  private void checkXml(Path file, Detection detection) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    if (factory.isPropertySupported(WOODSTOX_LAZY_PARSING)) {
      // Each token read whole by next(), so an error inside one is found here too.
      factory.setProperty(WOODSTOX_LAZY_PARSING, false);
    }
    int depth = 0;
    XMLStreamReader reader = null;
    try (InputStream in = Files.newInputStream(file)) {
      reader = factory.createXMLStreamReader(in);
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxXmlDepth) {
          throw tooDeep(file, reader.getLocation());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    } catch (XMLStreamException e) {
      if (depth >= maxXmlDepth) {
        throw tooDeep(file, e.getLocation() != null ? e.getLocation() : reader.getLocation());
      }
      XmlParseError error =
          XmlParseError.of(
              file.toString(),
              file,
              e,
              Optional.ofNullable(reader).map(XMLStreamReader::getEncoding));
      throw new InvalidInputException(
          error.where()
              + ": cannot be read as "
              + detection.format().displayName()
              + " ("
              + error.message()
              + ")",
          e);
    } finally {
      close(reader);
    }
  }

  private InvalidInputException tooDeep(Path file, Location location) {
    return new InvalidInputException(
        String.format(
            Locale.ROOT,
            "%s:%d:%d: elements nested more than %,d deep; Tarjuman refuses such XML",
            file,
            location.getLineNumber(),
            location.getColumnNumber(),
            maxXmlDepth));
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // Nothing was written; the file's own stream is closed anyway.
      }
    }
  }

  /** A size for messages: whole mebibytes when it is some, else bytes. */
  private static String size(long bytes) {
    return bytes % (1 << 20) == 0
        ? String.format(Locale.ROOT, "%,d MiB", bytes >> 20)
        : String.format(Locale.ROOT, "%,d bytes", bytes);
  }
}
