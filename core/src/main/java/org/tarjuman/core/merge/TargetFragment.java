package org.tarjuman.core.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.segment.TokenCodeFinder;

/**
 * Builds the target fragment of one text unit for an Okapi filter writer.
 *
 * <p>The unit's segments were trimmed when it was segmented, so the white space between them is
 * found again in the unit's source: each segment's source text is looked up in order in the unit's
 * text, and what lies between two segments (or before the first, after the last) is copied around
 * the texts to write. A paragraph therefore stays one paragraph, laid out as in the source. The
 * white space before an empty text is left out, so that a sentence written empty (the second half
 * of a 2:1 alignment) leaves no double or trailing space.
 *
 * <p>Inline codes: a format code (HTML tag, DOCX run) is replaced by a copy of the filter's own
 * {@link Code} with the same tag type and id, so the writer puts the markup back exactly (and
 * resolves references, such as an {@code <a href>} the filter rewrites). A token that Tarjuman
 * protected itself (hashtag, @mention, URL, e-mail) was text in the document and is written as
 * text.
 */
final class TargetFragment {

  private static final Set<String> TOKENS =
      Set.of(
          TokenCodeFinder.HASHTAG, TokenCodeFinder.MENTION, TokenCodeFinder.URL, TokenCodeFinder.EMAIL);

  private final Map<String, Code> originals = new HashMap<>();
  private final String unitText;
  private final String unitKey;

  /**
   * @param original the unit's source as the filter gives it, codes unresolved
   * @param unitText the unit's source text with every code's markup, as the segments were cut from
   * @param unitKey the unit's key, for messages
   */
  TargetFragment(TextFragment original, String unitText, String unitKey) {
    for (Code code : original.getCodes()) {
      originals.putIfAbsent(key(code.getTagType(), code.getId()), code);
    }
    this.unitText = unitText;
    this.unitKey = unitKey;
  }

  /** The unit's target: the texts in place of the sources, with the source's spacing. */
  TextFragment build(List<Content> sources, List<Content> texts) {
    TextFragment out = new TextFragment();
    int cursor = 0;
    for (int i = 0; i < sources.size(); i++) {
      String source = sources.get(i).plainText();
      int at = unitText.indexOf(source, cursor);
      if (at < 0) {
        throw new StorageException(
            "unit "
                + unitKey
                + ": the stored segments do not match the stored original; import the document"
                + " again",
            /* cause= */ null);
      }
      String gap = unitText.substring(cursor, at);
      if (i == 0 || !gap.isBlank() || !texts.get(i).coded().isEmpty()) {
        out.append(gap); // an empty text (the half of a 2:1 alignment) takes no space before it
      }
      append(out, texts.get(i));
      cursor = at + source.length();
    }
    out.append(unitText.substring(cursor));
    return out;
  }

  private void append(TextFragment out, Content content) {
    String coded = content.coded();
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (Content.isMarker(c) && i + 1 < coded.length()) {
        appendCode(out, content.codes().get(coded.charAt(++i) - Content.INDEX_BASE));
      } else {
        out.append(c);
      }
    }
  }

  private void appendCode(TextFragment out, InlineCode code) {
    TagType tagType = tagTypeOf(code.kind());
    Code original = originals.get(key(tagType, code.id()));
    if (TOKENS.contains(code.type()) || original == null && code.data().isEmpty()) {
      out.append(code.data());
    } else if (original != null) {
      out.append(original.clone());
    } else {
      out.append(tagType, code.type(), code.data(), code.id());
    }
  }

  private static String key(TagType tagType, int id) {
    return tagType + ":" + id;
  }

  private static TagType tagTypeOf(InlineCode.Kind kind) {
    return switch (kind) {
      case OPENING -> TagType.OPENING;
      case CLOSING -> TagType.CLOSING;
      case PLACEHOLDER -> TagType.PLACEHOLDER;
    };
  }
}
