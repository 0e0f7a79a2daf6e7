package org.tarjuman.core.okapi;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

/**
 * Converts between Okapi's {@link TextFragment} and the model's {@link Content}. Both use the same
 * coded-text convention (marker plus {@code CHARBASE + index}), so only the codes are copied.
 */
public final class OkapiContent {

  private OkapiContent() {}

  /** The model's content for a fragment; the fragment is not changed. */
  public static Content fromFragment(TextFragment fragment) {
    List<Code> okapiCodes = fragment.getCodes();
    List<InlineCode> codes = new ArrayList<>(okapiCodes.size());
    for (Code code : okapiCodes) {
      codes.add(new InlineCode(kindOf(code.getTagType()), code.getId(), code.getType(), code.getData()));
    }
    return new Content(fragment.getCodedText(), codes);
  }

  /** A new fragment holding the content. */
  public static TextFragment toFragment(Content content) {
    List<Code> codes = new ArrayList<>(content.codes().size());
    for (InlineCode code : content.codes()) {
      Code okapi = new Code(tagTypeOf(code.kind()), code.type(), code.data());
      okapi.setId(code.id());
      codes.add(okapi);
    }
    TextFragment fragment = new TextFragment();
    fragment.setCodedText(content.coded(), codes, /* allowCodeDeletion= */ false);
    return fragment;
  }

  private static InlineCode.Kind kindOf(TagType tagType) {
    return switch (tagType) {
      case OPENING -> InlineCode.Kind.OPENING;
      case CLOSING -> InlineCode.Kind.CLOSING;
      case PLACEHOLDER -> InlineCode.Kind.PLACEHOLDER;
    };
  }

  private static TagType tagTypeOf(InlineCode.Kind kind) {
    return switch (kind) {
      case OPENING -> TagType.OPENING;
      case CLOSING -> TagType.CLOSING;
      case PLACEHOLDER -> TagType.PLACEHOLDER;
    };
  }
}
