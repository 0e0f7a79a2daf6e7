package org.tarjuman.core.tmx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjuman.core.InvalidInputException;

/**
 * A first, safe pass over a TMX file before anything is imported: it must be well-formed XML whose
 * root is {@code <tmx>} (TMX 1.4b §3), may name a DTD by public or system id but may not declare
 * anything itself (no internal subset, so no entity expansion or external entities: XXE and
 * "billion laughs" are refused), and must hold at least one {@code <tu>} with a {@code <tuv>} in
 * each language of the requested pair. No DTD or entity is ever loaded. Languages are compared as
 * BCP 47 tags, ignoring case ({@code xml:lang}, or the TMX 1.1 {@code lang} attribute).
 */
final class TmxSurvey {

  private TmxSurvey() {}

  /** Checks the file; returns how many units hold the pair. */
  static long check(Path file, Locale source, Locale target) {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    String sourceTag = source.toLanguageTag().toLowerCase(Locale.ROOT);
    String targetTag = target.toLanguageTag().toLowerCase(Locale.ROOT);
    Set<String> languages = new TreeSet<>();
    long units = 0;
    long withPair = 0;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      boolean root = true;
      int found = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          checkDoctype(file, reader);
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw refused(
              file,
              reader.getLocation(),
              "entity reference &"
                  + reader.getLocalName()
                  + "; (entities are not accepted in TMX imports)");
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          String name = reader.getLocalName();
          if (root && !name.equals("tmx")) {
            throw refused(
                file,
                reader.getLocation(),
                "the root element is <" + name + ">, not <tmx>; is this a TMX file?");
          }
          root = false;
          if (name.equals("tu")) {
            units++;
            found = 0;
          } else if (name.equals("tuv")) {
            String lang = language(reader);
            languages.add(lang);
            found |= (lang.equals(sourceTag) ? 1 : 0) | (lang.equals(targetTag) ? 2 : 0);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("tu")) {
          withPair += found == 3 ? 1 : 0;
        }
      }
    } catch (XMLStreamException e) {
      throw new InvalidInputException(
          where(file, e.getLocation())
              + "not well-formed XML: "
              + e.getMessage()
                  .replaceFirst(
                      "(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", ""),
          e);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (withPair == 0) {
      throw new InvalidInputException(
          file
              + ": none of its "
              + units
              + " units has both "
              + source.toLanguageTag()
              + " and "
              + target.toLanguageTag()
              + " (languages in the file: "
              + (languages.isEmpty() ? "none" : String.join(", ", languages))
              + "); choose the pair with --source and --target");
    }
    return withPair;
  }

  private static void checkDoctype(Path file, XMLStreamReader reader) {
    String doctype = reader.getText();
    if (doctype.contains("[") || doctype.contains("<!ENTITY")) {
      throw refused(
          file,
          reader.getLocation(),
          "the DOCTYPE declares entities or an internal subset, which TMX does not need");
    }
  }

  private static String language(XMLStreamReader reader) {
    String lang = reader.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
    if (lang == null) {
      lang = reader.getAttributeValue(null, "lang");
    }
    return lang == null ? "" : lang.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static InvalidInputException refused(Path file, Location location, String why) {
    return new InvalidInputException(where(file, location) + why);
  }

  private static String where(Path file, Location location) {
    return location == null
        ? file + ": "
        : file + ":" + location.getLineNumber() + ":" + location.getColumnNumber() + ": ";
  }
}
