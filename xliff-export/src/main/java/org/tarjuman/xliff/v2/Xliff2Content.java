package org.tarjuman.xliff.v2;

import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.MTag;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.xliff.model.CodeIds;
import org.tarjuman.xliff.model.ContentBuilder;

/**
 * Converts between the model's {@link Content} and okapi-lib-xliff2's {@link Fragment}, whose codes
 * are XLIFF 2.1 inline elements (XLIFF 2.1 §4.2.3).
 *
 * <p>A placeholder becomes {@code <ph>}, an opening and closing code {@code <pc>} or {@code
 * <sc>}/{@code <ec>} (XLIFF 2.1 §4.2.3), with the code's id as {@code id} and its original text as
 * {@code <originalData>} (§4.2.2), {@code disp} and {@code equiv}. Reading back, annotations
 * ({@code <mrk>}, {@code <sm>}/{@code <em>}) are transparent: their content is kept, the markers
 * are not.
 */
final class Xliff2Content {

  private Xliff2Content() {}

  /** Appends a content to a fragment. */
  static void append(Fragment fragment, Content content) {
    String coded = content.coded();
    int textStart = 0;
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (Content.isMarker(c) && i + 1 < coded.length()) {
        fragment.append(coded.substring(textStart, i));
        InlineCode code = content.codes().get(coded.charAt(i + 1) - Content.INDEX_BASE);
        appendCode(fragment, code);
        i++;
        textStart = i + 1;
      }
    }
    fragment.append(coded.substring(textStart));
  }

  private static void appendCode(Fragment fragment, InlineCode code) {
    String id = Integer.toString(code.id());
    String data = code.data().isEmpty() ? null : code.data();
    CTag tag =
        switch (code.kind()) {
          case PLACEHOLDER -> fragment.appendCode(id, data);
          case OPENING -> fragment.openCodeSpan(id, data);
          case CLOSING -> fragment.closeCodeSpan(id, data);
        };
    if (data != null) {
      tag.setDisp(data);
      tag.setEquiv(data);
    }
  }

  /**
   * Appends a fragment's text and codes to a builder. Codes take their ids from the file (see
   * {@link CodeIds}); annotation markers are left out, their content kept.
   */
  static void appendTo(ContentBuilder content, Fragment fragment, CodeIds codeIds) {
    for (Object part : fragment) {
      if (part instanceof String text) {
        content.appendText(text);
      } else if (part instanceof CTag tag) {
        content.appendCode(new InlineCode(kindOf(tag), codeIds.idOf(tag.getId()), "", dataOf(tag)));
      } else if (!(part instanceof MTag)) {
        // Protected content only appears when a caller hides it; nothing here does.
        throw new IllegalStateException("unexpected fragment part: " + part.getClass());
      }
    }
  }

  private static String dataOf(CTag tag) {
    if (tag.getData() != null) {
      return tag.getData();
    }
    return tag.getEquiv() == null ? "" : tag.getEquiv();
  }

  private static InlineCode.Kind kindOf(CTag tag) {
    return switch (tag.getTagType()) {
      case OPENING -> InlineCode.Kind.OPENING;
      case CLOSING -> InlineCode.Kind.CLOSING;
      case STANDALONE -> InlineCode.Kind.PLACEHOLDER;
    };
  }
}
