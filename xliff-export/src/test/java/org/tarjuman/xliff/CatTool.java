package org.tarjuman.xliff;

import java.util.List;
import java.util.function.IntPredicate;
import org.tarjuman.xliff.model.XliffVersion;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Translates an exported XLIFF file the way a CAT tool does, through the DOM: a target after the
 * source, its state set to translated, inline codes copied from the source as elements.
 */
final class CatTool {

  private CatTool() {}

  /**
   * Gives the n-th unit without a target (counting from 0, in file order) a target when {@code
   * which} accepts n: {@code prefix} followed by a copy of the source with its codes.
   */
  static byte[] translate(XliffVersion version, byte[] xliff, String prefix, IntPredicate which) {
    XmlEdit edit = XmlEdit.of(xliff);
    List<Element> sources =
        edit.all(
            version == XliffVersion.V1_2
                ? "//x:trans-unit[not(x:target)]/x:source"
                : "//x2:segment[not(x2:target)]/x2:source");
    for (int n = 0; n < sources.size(); n++) {
      if (which.test(n)) {
        addTarget(edit, version, sources.get(n), prefix);
      }
    }
    return edit.bytes(/* indent= */ false);
  }

  /**
   * Replaces the text of the n-th unit's target by {@code text}, codes dropped: a retranslation.
   */
  static byte[] retranslate(XliffVersion version, byte[] xliff, int n, String text) {
    XmlEdit edit = XmlEdit.of(xliff);
    Element target =
        edit.all(
                version == XliffVersion.V1_2 ? "//x:trans-unit/x:target" : "//x2:segment/x2:target")
            .get(n);
    while (target.getFirstChild() != null) {
      target.removeChild(target.getFirstChild());
    }
    edit.text(target, text);
    return edit.bytes(/* indent= */ false);
  }

  private static void addTarget(XmlEdit edit, XliffVersion version, Element source, String prefix) {
    Element target = edit.insertAfter(source, "target");
    if (version == XliffVersion.V1_2) {
      target.setAttribute("xml:lang", "en");
      target.setAttribute("state", "translated");
    } else {
      // XLIFF 2.1 §4.3.1.4: a target keeps its source's xml:space.
      target.setAttribute("xml:space", source.getAttribute("xml:space"));
      ((Element) source.getParentNode()).setAttribute("state", "translated");
    }
    edit.text(target, prefix);
    for (Node child = source.getFirstChild(); child != null; child = child.getNextSibling()) {
      target.appendChild(child.cloneNode(true));
    }
  }
}
