package org.tarjuman.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.sf.okapi.filters.its.Parameters;
import org.tarjuman.core.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.its.IProcessor;
import org.w3c.its.ITSEngine;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Counts the strings of an XML document that ITS 2.0 rules keep out of translation (ITS 2.0 §8.1,
 * Translate): elements with {@code its:translate="no"}, elements a global {@code translateRule}
 * selects (Android's {@code translatable="false"} in Okapi's {@code AndroidStrings.fprm}).
 *
 * <p>Okapi's XML filter never makes text units of such elements, so the import cannot count them
 * as it counts the units a filter marks as not translatable. This runs Okapi's own ITS engine with
 * the filter's rules over the document and counts each excluded element that has text of its own,
 * once with everything inside it: a {@code <string translatable="false">} is one string, each
 * {@code <item>} of an excluded {@code <plurals>} one more. Elements without text (Android's root
 * {@code <resources>}, which the rules exclude too) are not strings and are not counted.
 */
final class ItsExclusions {

  private ItsExclusions() {}

  /** The excluded strings of {@code file} under the filter's rules and the document's own. */
  static int count(Path file, Parameters rules) {
    Document document = parse(file);
    ITSEngine engine = new ITSEngine(document, file.toUri());
    if (rules.getDocument() != null) {
      engine.addExternalRules(rules.getDocument(), rules.getURI());
    }
    engine.applyRules(IProcessor.DC_TRANSLATE);
    engine.startTraversal();
    int count = 0;
    Node counted = null;
    for (Node node = engine.nextNode(); node != null; node = engine.nextNode()) {
      if (node.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      if (engine.backTracking()) {
        if (node == counted) {
          counted = null;
        }
      } else if (counted == null && !engine.getTranslate(null) && hasOwnText(node)) {
        count++;
        counted = node;
      }
    }
    return count;
  }

  private static boolean hasOwnText(Node element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      boolean text =
          child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE;
      if (text && !child.getNodeValue().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The document, parsed as Okapi's XML filter did (namespaces, no DTD or external entities). */
  private static Document parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setExpandEntityReferences(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newDocumentBuilder().parse(new InputSource(in));
    } catch (SAXException | IOException e) {
      throw new InvalidInputException(
          file + ": cannot be read as XML to count its untranslatable strings (" + e.getMessage()
              + ")",
          e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
  }
}
