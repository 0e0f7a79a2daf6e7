package org.tarjuman.xliff.v2;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.xliff.xml.SafeXmlReader;

/**
 * A narrowly scoped workaround for okapi-lib-xliff2 1.47's check of glossary references (XLIFF 2.1
 * §5.3, Glossary Module): a {@code ref} on {@code <gls:glossEntry>} or {@code <gls:translation>}
 * that names another resource before its fragment, such as {@code ref="t=#m2"} (the OASIS suite's
 * valid {@code sample1.xlf}), is a relative IRI to the resource {@code t=} (RFC 3986 §4.4: only a
 * reference that is empty before {@code #} is a same-document reference). Okapi keeps only what
 * follows the last {@code #}, looks for {@code m2} among the unit's source spans and calls a valid
 * file invalid; its reader has no setting that turns this one check off.
 *
 * <p>So, when the well-formedness pass finds such a reference ({@link #isForeign}), Okapi is given
 * a copy of the file without those {@code ref} attributes, made with StAX events: every other
 * element, attribute, namespace and text stays as it is, and Okapi still validates the copy against
 * the schemas and checks every same-document reference ({@code ref="#m1"}). Tarjuman does not use
 * glossaries, and a reader cannot check a reference into another resource anyway. Files without
 * such a reference are given to Okapi as they are.
 */
final class ForeignGlossaryRefs {

  static final String GLOSSARY_NS = "urn:oasis:names:tc:xliff:glossary:2.0";
  private static final QName REF = new QName("ref");

  private ForeignGlossaryRefs() {}

  /** Whether the reader's current start element is a glossary element referring elsewhere. */
  static boolean isForeign(XMLStreamReader element) {
    if (!GLOSSARY_NS.equals(element.getNamespaceURI()) || !isReferring(element.getLocalName())) {
      return false;
    }
    return namesAnotherResource(element.getAttributeValue(null, REF.getLocalPart()));
  }

  /**
   * A temporary copy of the file without the glossary references into other resources; the caller
   * deletes it.
   *
   * @throws InvalidInputException when the file cannot be read or the copy cannot be written
   */
  static Path copyWithout(Path file, String label) {
    try {
      Path copy = Files.createTempFile("tarjuman-xliff2-", ".xlf");
      try (InputStream in = Files.newInputStream(file);
          OutputStream out = Files.newOutputStream(copy)) {
        copy(SafeXmlReader.safeFactory().createXMLEventReader(in), out);
      } catch (IOException | XMLStreamException | RuntimeException e) {
        Files.deleteIfExists(copy);
        throw e;
      }
      return copy;
    } catch (IOException | XMLStreamException e) {
      throw new InvalidInputException(label + ": cannot prepare the file for reading: " + e, e);
    }
  }

  private static void copy(XMLEventReader events, OutputStream out) throws XMLStreamException {
    XMLEventWriter writer = XMLOutputFactory.newDefaultFactory().createXMLEventWriter(out, "UTF-8");
    XMLEventFactory factory = XMLEventFactory.newDefaultFactory();
    try {
      while (events.hasNext()) {
        XMLEvent event = events.nextEvent();
        writer.add(
            event.isStartElement() ? withoutForeignRef(event.asStartElement(), factory) : event);
      }
      writer.flush();
    } finally {
      writer.close();
      events.close();
    }
  }

  private static XMLEvent withoutForeignRef(StartElement element, XMLEventFactory factory) {
    QName name = element.getName();
    Attribute ref = element.getAttributeByName(REF);
    if (!GLOSSARY_NS.equals(name.getNamespaceURI())
        || !isReferring(name.getLocalPart())
        || ref == null
        || !namesAnotherResource(ref.getValue())) {
      return element;
    }
    List<Attribute> kept = new ArrayList<>();
    for (Iterator<Attribute> it = element.getAttributes(); it.hasNext(); ) {
      Attribute attribute = it.next();
      if (!attribute.getName().equals(REF)) {
        kept.add(attribute);
      }
    }
    return factory.createStartElement(
        name.getPrefix(),
        name.getNamespaceURI(),
        name.getLocalPart(),
        kept.iterator(),
        element.getNamespaces(),
        element.getNamespaceContext());
  }

  private static boolean isReferring(String localName) {
    return localName.equals("glossEntry") || localName.equals("translation");
  }

  /** A reference with something before its {@code #}: a path or a scheme, another resource. */
  private static boolean namesAnotherResource(String ref) {
    return ref != null && ref.indexOf('#') > 0;
  }
}
