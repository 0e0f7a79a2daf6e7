package org.tarjuman.xliff.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.files.XmlParseError;

/**
 * A StAX reader over a file that refuses document type declarations and reports errors as {@code
 * file:line:column: message}.
 *
 * <p>XLIFF 1.2 and 2.x documents need no DTD (both are defined by XML Schema; XLIFF 2.1 §4.1 makes
 * a DTD-free document the rule), so any {@code <!DOCTYPE>} is refused before it is read further.
 * This closes every door the OWASP XXE cheat sheet lists: no external DTD or entity is fetched, and
 * no internal entity can be declared, so none can be expanded ("billion laughs"). Woodstox is the
 * StAX implementation, named rather than looked up, with DTD support and external entities switched
 * off and a resolver that refuses everything as a second line of defence. Not the JDK's own: for a
 * file that is not valid UTF-8 it prints a {@code [Fatal Error]} line of its own on standard error
 * besides throwing, which no public setting stops.
 */
public final class SafeXmlReader implements AutoCloseable {

  private final Path file;
  private final String fileLabel;
  private final InputStream input;
  private final XMLStreamReader stream;

  private SafeXmlReader(Path file, InputStream input, XMLStreamReader stream) {
    this.file = file;
    this.fileLabel = labelOf(file);
    this.input = input;
    this.stream = stream;
  }

  /**
   * Opens a file for reading.
   *
   * @throws InvalidInputException when the file cannot be opened
   */
  public static SafeXmlReader open(Path file) {
    String label = labelOf(file);
    InputStream input;
    try {
      input = new BufferedInputStream(Files.newInputStream(file));
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(label + ": no such file", e);
    } catch (IOException e) {
      throw new InvalidInputException(label + ": cannot read the file: " + e.getMessage(), e);
    }
    try {
      return new SafeXmlReader(file, input, safeFactory().createXMLStreamReader(input));
    } catch (XMLStreamException e) {
      closeQuietly(input);
      throw notWellFormed(XmlParseError.of(label, file, e, Optional.empty()), e);
    }
  }

  /** How messages name a file: its name without the folder. */
  public static String labelOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /**
   * Moves to the next event and returns its type ({@link XMLStreamConstants}).
   *
   * @throws InvalidInputException when the XML is not well-formed or declares a document type
   */
  public int next() {
    int event;
    try {
      event = stream.next();
    } catch (XMLStreamException e) {
      throw notWellFormed(e);
    }
    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
      throw error(
          "a document type declaration (<!DOCTYPE …>) is not allowed in XLIFF; it was not read."
              + " Remove it and import again");
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw error("the entity reference &" + stream.getLocalName() + "; is not allowed in XLIFF");
    }
    return event;
  }

  /** Whether there are more events. */
  public boolean hasNext() {
    try {
      return stream.hasNext();
    } catch (XMLStreamException e) {
      throw notWellFormed(e);
    }
  }

  /**
   * Reads to the next start element and returns it (the document's root when called first).
   *
   * @throws InvalidInputException when the document ends first
   */
  public XMLStreamReader nextStartElement() {
    while (hasNext()) {
      if (next() == XMLStreamConstants.START_ELEMENT) {
        return stream;
      }
    }
    throw new InvalidInputException(fileLabel + ": the file has no XML element; is it XLIFF?");
  }

  /** Reads the rest of the document, checking that it is well-formed. */
  public void readToEnd() {
    while (hasNext()) {
      next();
    }
  }

  /**
   * Reads the text of the current element up to its end tag, ignoring nested elements' tags but
   * keeping their text; the reader is left on the end tag.
   */
  public String elementText() {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (isText(event)) {
        text.append(stream.getText());
      }
    }
    return text.toString();
  }

  /** Skips the current element and everything in it; the reader is left on its end tag. */
  public void skipElement() {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Whether an event carries character data. */
  public static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS
        || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  /** The underlying reader, positioned on the current event. */
  public XMLStreamReader stream() {
    return stream;
  }

  public String fileLabel() {
    return fileLabel;
  }

  /** An error at the current position: {@code file:line:column: message}. */
  public InvalidInputException error(String message) {
    return new InvalidInputException(position() + message);
  }

  /** The current position as messages start with it: {@code file:line:column: }. */
  public String position() {
    return XmlParseError.where(fileLabel, stream.getLocation()) + ": ";
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (XMLStreamException e) {
      // Closing a reader over a file we only read cannot lose data; the stream is closed below.
    }
    closeQuietly(input);
  }

  /**
   * A Woodstox StAX factory with the same protections: no DTD, no external entity or DTD read,
   * entity references not replaced. Readers it makes do not refuse a DOCTYPE by themselves; read a
   * file with {@link #open} first.
   */
  public static XMLInputFactory safeFactory() {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    // Each token is read whole by next(): read lazily, an error inside one (an unterminated
    // internal DTD subset) would come only when its text is asked for, as an unchecked exception.
    factory.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are not read: " + systemId);
        });
    return factory;
  }

  /**
   * An error the parser found while reading; bytes the file's encoding cannot decode are found
   * again to name their line and column ({@link XmlParseError}).
   */
  private InvalidInputException notWellFormed(XMLStreamException e) {
    return notWellFormed(
        XmlParseError.of(fileLabel, file, e, Optional.ofNullable(stream.getEncoding())), e);
  }

  private static InvalidInputException notWellFormed(XmlParseError error, XMLStreamException e) {
    return new InvalidInputException(
        error.where() + ": not well-formed XML: " + error.message(), e);
  }

  private static void closeQuietly(InputStream input) {
    try {
      input.close();
    } catch (IOException e) {
      // Nothing was written; a failure to close a read-only stream changes nothing.
    }
  }
}
