package org.tarjuman.xliff.v12;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.xliff.model.CodeIds;
import org.tarjuman.xliff.model.ContentBuilder;
import org.tarjuman.xliff.xml.SafeXmlReader;
import org.tarjuman.xliff.xml.XliffRoot;

/**
 * Reads the content of a {@code <source>} or {@code <target>} (XLIFF 1.2 §ph, §bpt, §g and the
 * other inline elements) into a {@link Content}.
 *
 * <p>{@code <ph>}, {@code <x/>}, {@code <bpt>}/{@code <ept>}, {@code <bx/>}/{@code <ex/>}, {@code
 * <it>} and {@code <g>} become codes with their {@code id} ({@code rid} where a paired element has
 * one); the native text inside {@code <ph>}, {@code <bpt>}, {@code <ept>} and {@code <it>}, or
 * {@code equiv-text}, is the code's data. {@code <mrk>} (segment and annotation markers that CAT
 * tools add) is transparent. Elements of other namespaces are skipped.
 *
 * <p>Unless {@code xml:space="preserve"} is in effect, runs of white space become one space and the
 * ends are trimmed (see {@link ContentBuilder}).
 */
final class Xliff12InlineReader {

  private final SafeXmlReader xml;
  private final CodeIds codeIds;
  private final ContentBuilder content = new ContentBuilder();

  private Xliff12InlineReader(SafeXmlReader xml, CodeIds codeIds) {
    this.xml = xml;
    this.codeIds = codeIds;
  }

  /**
   * Reads the current element's content; the reader is left on its end tag.
   *
   * @param preserve whether white space is preserved where the element sits
   */
  static Content read(SafeXmlReader xml, CodeIds codeIds, boolean preserve) {
    String space = xml.stream().getAttributeValue(XMLConstants.XML_NS_URI, "space");
    boolean keep = space == null ? preserve : space.equals("preserve");
    Xliff12InlineReader reader = new Xliff12InlineReader(xml, codeIds);
    reader.readChildren();
    return reader.content.build(keep);
  }

  private void readChildren() {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (SafeXmlReader.isText(event)) {
        appendText(xml.stream().getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        readElement();
      }
    }
  }

  private void readElement() {
    XMLStreamReader element = xml.stream();
    if (!XliffRoot.NS_12.equals(element.getNamespaceURI())) {
      xml.skipElement();
      return;
    }
    String id = element.getAttributeValue(null, "id");
    String pairId = firstOf(element.getAttributeValue(null, "rid"), id);
    String equiv = firstOf(element.getAttributeValue(null, "equiv-text"), "");
    switch (element.getLocalName()) {
      case "ph" -> addCode(InlineCode.Kind.PLACEHOLDER, id, xml.elementText());
      case "x" -> addEmptyCode(InlineCode.Kind.PLACEHOLDER, id, equiv);
      case "bpt" -> addCode(InlineCode.Kind.OPENING, pairId, xml.elementText());
      case "ept" -> addCode(InlineCode.Kind.CLOSING, pairId, xml.elementText());
      case "bx" -> addEmptyCode(InlineCode.Kind.OPENING, pairId, equiv);
      case "ex" -> addEmptyCode(InlineCode.Kind.CLOSING, pairId, equiv);
      case "it" ->
          addCode(isolatedKind(element.getAttributeValue(null, "pos")), id, xml.elementText());
      case "g" -> {
        addCode(InlineCode.Kind.OPENING, id, "");
        readChildren();
        addCode(InlineCode.Kind.CLOSING, id, "");
      }
      case "mrk" -> readChildren();
      default -> xml.skipElement();
    }
  }

  private InlineCode.Kind isolatedKind(String pos) {
    if ("open".equals(pos)) {
      return InlineCode.Kind.OPENING;
    }
    if ("close".equals(pos)) {
      return InlineCode.Kind.CLOSING;
    }
    throw xml.error("<it> needs pos=\"open\" or pos=\"close\" (XLIFF 1.2 §it)");
  }

  private void addEmptyCode(InlineCode.Kind kind, String id, String data) {
    addCode(kind, id, data);
    xml.skipElement();
  }

  private void addCode(InlineCode.Kind kind, String id, String data) {
    if (id == null) {
      throw xml.error(
          "an inline code has no id attribute; every inline element needs one"
              + " (XLIFF 1.2 §ph, §bpt, …)");
    }
    content.appendCode(new InlineCode(kind, codeIds.idOf(id), "", data));
  }

  private void appendText(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Content.isMarker(text.charAt(i))) {
        throw xml.error(
            String.format(
                "the text contains U+%04X, a private-use character Tarjuman reserves for inline"
                    + " codes; remove it",
                (int) text.charAt(i)));
      }
    }
    content.appendText(text);
  }

  private static String firstOf(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
