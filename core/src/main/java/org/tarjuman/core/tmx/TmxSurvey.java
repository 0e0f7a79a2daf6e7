package org.tarjuman.core.tmx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.files.XmlParseError;

/**
 * A first, safe pass over a TMX file before anything is imported: it must be well-formed XML whose
 * root is {@code <tmx>} (TMX 1.4b §3), may name a DTD by public or system id but may not declare
 * anything itself (no internal subset, so no entity expansion or external entities: XXE and
 * "billion laughs" are refused), and must hold at least one {@code <tu>} with a {@code <tuv>} in
 * each language of the requested pair. No DTD or entity is ever loaded. Languages are compared as
 * BCP 47 tags, ignoring case ({@code xml:lang}, or the TMX 1.1 {@code lang} attribute).
 */
final class TmxSurvey {

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final Path file;
  private final String sourceTag;
  private final String targetTag;
  private final Set<String> languages = new TreeSet<>();
  private String headerSource;
  private boolean root = true;
  private int found;
  private long units;
  private long withPair;

  private TmxSurvey(Path file, Locale source, Locale target) {
    this.file = file;
    this.sourceTag = tag(source.toLanguageTag());
    this.targetTag = tag(target.toLanguageTag());
  }

  /**
   * Checks the file; returns how many units hold the pair.
   *
   * @throws InvalidInputException naming the file, with line and column when known
   */
  static long check(Path file, Locale source, Locale target) {
    TmxSurvey survey = new TmxSurvey(file, source, target);
    survey.scan();
    if (survey.withPair == 0) {
      throw new InvalidInputException(
          file
              + ": none of its "
              + survey.units
              + " units has both "
              + source.toLanguageTag()
              + " and "
              + target.toLanguageTag()
              + " (languages in the file: "
              + (survey.languages.isEmpty() ? "none" : String.join(", ", survey.languages))
              + "); choose the pair with --source and --target");
    }
    return survey.withPair;
  }

  /**
   * The language pair of a file imported without one, after the same checks as {@link #check}:
   * the given source, else the header's {@code srclang}; the given target, else the only other
   * language of the units.
   *
   * @throws InvalidInputException for an unsafe or malformed file, or when the pair is not clear
   */
  static TmxReader.LanguagePair pair(Path file, Optional<Locale> source, Optional<Locale> target) {
    TmxSurvey survey = new TmxSurvey(file, Locale.ROOT, Locale.ROOT);
    survey.scan();
    String sourceTag =
        source.map(s -> tag(s.toLanguageTag())).orElse(survey.headerSource);
    Set<String> others = new TreeSet<>(survey.languages);
    if (sourceTag != null) { // null when the file has no <header srclang>
      others.remove(sourceTag);
    }
    others.remove("");
    if (sourceTag == null || sourceTag.isEmpty() || sourceTag.equals("*all*")
        || (target.isEmpty() && others.size() != 1)) {
      throw new InvalidInputException(
          file
              + ": cannot tell which language pair to import (header srclang: "
              + (survey.headerSource == null ? "none" : survey.headerSource)
              + "; languages in the file: "
              + (survey.languages.isEmpty() ? "none" : String.join(", ", survey.languages))
              + "); choose it with --source and --target");
    }
    return new TmxReader.LanguagePair(
        Locale.forLanguageTag(sourceTag),
        target.orElseGet(() -> Locale.forLanguageTag(others.iterator().next())));
  }

  private void scan() {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    XMLStreamReader reader = null;
    try (InputStream in = Files.newInputStream(file)) {
      reader = factory.createXMLStreamReader(in);
      while (reader.hasNext()) {
        visit(reader, reader.next());
      }
    } catch (XMLStreamException e) {
      throw notWellFormed(e, reader);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      // Woodstox reports an error inside a token (an unterminated internal DTD subset) only when
      // its text is asked for, unchecked (WstxLazyException), with the parser's exception inside.
      if (e.getCause() instanceof XMLStreamException cause) {
        throw notWellFormed(cause, reader);
      }
      throw e;
    }
  }

  /** The parser's error, at its position; bytes the file's encoding cannot decode are located. */
  private InvalidInputException notWellFormed(XMLStreamException e, XMLStreamReader reader) {
    Optional<String> encoding =
        Optional.ofNullable(reader).map(XMLStreamReader::getEncoding);
    XmlParseError error = XmlParseError.of(file.toString(), file, e, encoding);
    return new InvalidInputException(
        error.where() + ": not well-formed XML: " + error.message(), e);
  }

  private void visit(XMLStreamReader reader, int event) {
    switch (event) {
      case XMLStreamConstants.DTD -> {
        String doctype = reader.getText();
        if (doctype.contains("[") || doctype.contains("<!ENTITY")) {
          throw refused(reader, "the DOCTYPE declares entities or an internal subset");
        }
      }
      case XMLStreamConstants.ENTITY_REFERENCE ->
          throw refused(
              reader, "entity reference &" + reader.getLocalName() + "; is not accepted in TMX");
      case XMLStreamConstants.START_ELEMENT -> start(reader);
      case XMLStreamConstants.END_ELEMENT -> {
        if (reader.getLocalName().equals("tu") && found == 3) {
          withPair++;
        }
      }
      default -> {
        // Text, comments and processing instructions need no check.
      }
    }
  }

  private void start(XMLStreamReader reader) {
    String name = reader.getLocalName();
    if (root && !name.equals("tmx")) {
      throw refused(reader, "the root element is <" + name + ">, not <tmx>; is this a TMX file?");
    }
    root = false;
    if (name.equals("header")) {
      headerSource = tag(reader.getAttributeValue(null, "srclang"));
    } else if (name.equals("tu")) {
      units++;
      found = 0;
    } else if (name.equals("tuv")) {
      String lang = reader.getAttributeValue(XML_NS, "lang");
      lang = tag(lang == null ? reader.getAttributeValue(null, "lang") : lang);
      languages.add(lang);
      found |= (lang.equals(sourceTag) ? 1 : 0) | (lang.equals(targetTag) ? 2 : 0);
    }
  }

  private static String tag(String lang) {
    return lang == null ? "" : lang.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private InvalidInputException refused(XMLStreamReader reader, String why) {
    return new InvalidInputException(where(reader.getLocation()) + why);
  }

  private String where(Location location) {
    return XmlParseError.where(file.toString(), location) + ": ";
  }
}
