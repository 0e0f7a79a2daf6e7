package org.tarjuman.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;

/**
 * Translates every unit of an XLIFF 1.2 file the way a CAT tool would, streaming with StAX: after
 * each {@code <source>} without a target comes {@code <target xml:lang="en" state="translated">}
 * holding "EN: " and a copy of the source, inline codes included ({@code <alt-trans>} sources are
 * left alone).
 */
final class TargetFiller {

  private static final String XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";

  private TargetFiller() {}

  /** Writes {@code out}: {@code in} with every unit translated; returns the units translated. */
  static int fill(Path in, Path out) throws IOException, XMLStreamException {
    XMLInputFactory inputs = XMLInputFactory.newFactory();
    inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLEventFactory events = XMLEventFactory.newFactory();
    int units = 0;
    try (InputStream input = Files.newInputStream(in);
        OutputStream output = Files.newOutputStream(out)) {
      XMLEventReader reader = inputs.createXMLEventReader(input);
      XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(output, "UTF-8");
      List<XMLEvent> source = null;
      boolean inAltTrans = false;
      while (reader.hasNext()) {
        XMLEvent event = reader.nextEvent();
        writer.add(event);
        if (isElement(event, "alt-trans")) {
          inAltTrans = event.isStartElement();
        } else if (inAltTrans) {
          continue;
        } else if (isSource(event, true)) {
          source = new ArrayList<>();
        } else if (isSource(event, false)) {
          writer.add(events.createStartElement("", XLIFF_12, "target"));
          writer.add(events.createAttribute("xml", XML, "lang", "en"));
          writer.add(events.createAttribute("state", "translated"));
          writer.add(events.createCharacters("EN: "));
          for (XMLEvent copied : source) {
            writer.add(copied);
          }
          writer.add(events.createEndElement("", XLIFF_12, "target"));
          source = null;
          units++;
        } else if (source != null) {
          source.add(event);
        }
      }
      writer.close();
      reader.close();
    }
    return units;
  }

  private static boolean isElement(XMLEvent event, String name) {
    return (event.isStartElement() && event.asStartElement().getName().getLocalPart().equals(name))
        || (event.isEndElement() && event.asEndElement().getName().getLocalPart().equals(name));
  }

  private static boolean isSource(XMLEvent event, boolean start) {
    if (start) {
      return event.isStartElement()
          && event.asStartElement().getName().getLocalPart().equals("source");
    }
    return event.isEndElement() && event.asEndElement().getName().getLocalPart().equals("source");
  }
}
