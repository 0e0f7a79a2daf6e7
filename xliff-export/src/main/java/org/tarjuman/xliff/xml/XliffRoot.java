package org.tarjuman.xliff.xml;

import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLStreamReader;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * The root element of an XLIFF file: which version it claims, from its namespace and its {@code
 * version} attribute (XLIFF 1.2 §xliff, XLIFF 2.1 §4.2.2).
 *
 * @param namespace the root element's namespace URI ("" when it has none)
 * @param localName the root element's local name
 * @param versionAttribute the {@code version} attribute, or "" when absent
 */
public record XliffRoot(String namespace, String localName, String versionAttribute) {

  /** The XLIFF 1.2 namespace. */
  public static final String NS_12 = "urn:oasis:names:tc:xliff:document:1.2";

  /** The XLIFF 2.0 namespace, which XLIFF 2.1 keeps. */
  public static final String NS_2 = "urn:oasis:names:tc:xliff:document:2.0";

  private static final String NS_22 = "urn:oasis:names:tc:xliff:document:2.2";
  private static final String NS_PREFIX = "urn:oasis:names:tc:xliff:document:";

  /**
   * Reads a file up to its root element, refusing a document type declaration on the way.
   *
   * @throws InvalidInputException when the file is not well-formed up to there
   */
  public static XliffRoot read(Path file) {
    try (SafeXmlReader reader = SafeXmlReader.open(file)) {
      XMLStreamReader root = reader.nextStartElement();
      String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
      String version = root.getAttributeValue(null, "version");
      return new XliffRoot(namespace, root.getLocalName(), version == null ? "" : version.trim());
    }
  }

  /** The version this root claims, when Tarjuman reads it. */
  public Optional<XliffVersion> version() {
    if (!localName.equals("xliff")) {
      return Optional.empty();
    }
    if (namespace.equals(NS_12) && versionAttribute.equals("1.2")) {
      return Optional.of(XliffVersion.V1_2);
    }
    if (namespace.equals(NS_2) && versionAttribute.startsWith("2.")) {
      return Optional.of(XliffVersion.V2_1);
    }
    return Optional.empty();
  }

  /**
   * The version this root claims.
   *
   * @throws InvalidInputException naming what the root is instead, for a file Tarjuman cannot read
   */
  public XliffVersion requireVersion(String fileLabel) {
    return version().orElseThrow(() -> new InvalidInputException(fileLabel + ": " + problem()));
  }

  private String problem() {
    String found =
        "<"
            + localName
            + (namespace.isEmpty() ? "" : " xmlns=\"" + namespace + "\"")
            + (versionAttribute.isEmpty() ? "" : " version=\"" + versionAttribute + "\"")
            + ">";
    String hint = "; Tarjuman reads XLIFF 1.2 and XLIFF 2.0/2.1";
    if (!localName.equals("xliff")) {
      return "not an XLIFF file: the root element is " + found + hint;
    }
    if (namespace.equals(NS_22)) {
      return "XLIFF 2.2 is not supported yet (root "
          + found
          + ")"
          + hint
          + "; export the file as XLIFF 2.1 from your CAT tool";
    }
    if (namespace.equals(NS_12) || namespace.equals(NS_2)) {
      return "the version attribute does not match the namespace: " + found + hint;
    }
    if (namespace.startsWith(NS_PREFIX) || namespace.isEmpty()) {
      return "unsupported XLIFF version: " + found + hint;
    }
    return "unknown XLIFF namespace: " + found + hint;
  }
}
