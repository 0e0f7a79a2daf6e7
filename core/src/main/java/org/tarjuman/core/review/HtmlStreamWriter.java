package org.tarjuman.core.review;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX {@link XMLStreamWriter}, narrowed to what an HTML page needs and made to write
 * HTML-compatible XML: an element without content is written {@code <td></td>}, never {@code
 * <td/>}, which an HTML parser reads as an unclosed start tag; only void elements ({@link #empty}:
 * {@code meta}, {@code input}, {@code col}) end in {@code />}, which HTML5 allows. Every text and
 * attribute value is escaped by the StAX writer.
 */
final class HtmlStreamWriter {

  private final XMLStreamWriter out;

  HtmlStreamWriter(OutputStream stream) throws XMLStreamException {
    this.out =
        XMLOutputFactory.newFactory().createXMLStreamWriter(stream, StandardCharsets.UTF_8.name());
  }

  void doctype() throws XMLStreamException {
    out.writeDTD("<!DOCTYPE html>");
    out.writeCharacters("\n");
  }

  void start(String element) throws XMLStreamException {
    out.writeStartElement(element);
  }

  /** A void element; give its attributes right after. */
  void empty(String element) throws XMLStreamException {
    out.writeEmptyElement(element);
  }

  void namespace(String uri) throws XMLStreamException {
    out.writeDefaultNamespace(uri);
  }

  void attribute(String name, String value) throws XMLStreamException {
    out.writeAttribute(name, value);
  }

  void text(String text) throws XMLStreamException {
    out.writeCharacters(text);
  }

  void end() throws XMLStreamException {
    // Characters, even none, close the start tag, so the end tag is written in full.
    out.writeCharacters("");
    out.writeEndElement();
  }

  /** An element holding only text. */
  void element(String element, String text) throws XMLStreamException {
    start(element);
    text(text);
    end();
  }

  void finish() throws XMLStreamException {
    out.writeCharacters("\n");
    out.flush();
    out.close();
  }
}
