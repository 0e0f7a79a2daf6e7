package org.tarjuman.xliff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Edits an exported XLIFF file the way a CAT tool does: parse, change, write back (which also
 * changes attribute order, empty-element syntax and, if asked, indentation).
 */
public final class XmlEdit {

  private static final Map<String, String> PREFIXES =
      Map.of(
          "x", "urn:oasis:names:tc:xliff:document:1.2",
          "x2", "urn:oasis:names:tc:xliff:document:2.0",
          "mda", "urn:oasis:names:tc:xliff:metadata:2.0",
          "mtc", "urn:oasis:names:tc:xliff:matches:2.0");

  private final Document document;

  private XmlEdit(Document document) {
    this.document = document;
  }

  public static XmlEdit of(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return new XmlEdit(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The elements an XPath selects; prefixes x (1.2), x2, mda, mtc. */
  public List<Element> all(String xpath) {
    try {
      XPath path = XPathFactory.newInstance().newXPath();
      path.setNamespaceContext(
          new javax.xml.namespace.NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
              return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
              return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
              return null;
            }
          });
      NodeList nodes = (NodeList) path.evaluate(xpath, document, XPathConstants.NODESET);
      List<Element> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        out.add((Element) nodes.item(i));
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(xpath, e);
    }
  }

  public Element one(String xpath) {
    List<Element> all = all(xpath);
    if (all.size() != 1) {
      throw new IllegalStateException(all.size() + " elements for " + xpath);
    }
    return all.get(0);
  }

  /** A new element in the namespace of {@code sibling}, inserted after it. */
  public Element insertAfter(Element sibling, String name) {
    Element element = document.createElementNS(sibling.getNamespaceURI(), name);
    sibling.getParentNode().insertBefore(element, sibling.getNextSibling());
    return element;
  }

  /** Appends text to an element. */
  public XmlEdit text(Element element, String text) {
    element.appendChild(document.createTextNode(text));
    return this;
  }

  /** Moves a child node to the end of its parent. */
  public XmlEdit moveToEnd(Node node) {
    Node parent = node.getParentNode();
    parent.removeChild(node);
    parent.appendChild(node);
    return this;
  }

  public void remove(Element element) {
    element.getParentNode().removeChild(element);
  }

  public Document document() {
    return document;
  }

  public byte[] bytes(boolean indent) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, indent ? "yes" : "no");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Path write(Path folder, String name, boolean indent) {
    try {
      return Files.write(folder.resolve(name), bytes(indent));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
