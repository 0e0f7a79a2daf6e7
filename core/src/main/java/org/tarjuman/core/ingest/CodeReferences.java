package org.tarjuman.core.ingest;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.encoder.EncoderContext;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.skeleton.GenericSkeletonWriter;

/**
 * Puts the original markup back into inline codes that Okapi filters leave as references.
 *
 * <p>When an inline tag carries a property the filter can rewrite, such as the {@code href} of an
 * HTML {@code <a>}, Okapi emits the tag as a separate referent resource (a document part) before
 * the text unit and gives the inline code only a reference marker, e.g. {@code [#$dp7]}. Okapi's
 * {@link GenericSkeletonWriter} resolves these markers when it writes a document; this class feeds
 * it the referents as the events stream past and asks it to expand each referencing code, so a
 * unit's codes hold the markup exactly as in the source document. Each referent is released once
 * used.
 */
public final class CodeReferences {

  private final GenericSkeletonWriter writer = new GenericSkeletonWriter();

  public CodeReferences() {
    writer.setReferentCopies(1);
  }

  /** Keeps the event's resource if it is a referent; ignores any other event. */
  public void remember(Event event) {
    writer.addToReferents(event);
  }

  /** The fragment itself when no code refers elsewhere, else a copy with references expanded. */
  public TextFragment resolve(TextFragment fragment) {
    if (fragment.getCodes().stream().noneMatch(Code::hasReference)) {
      return fragment;
    }
    TextFragment resolved = fragment.clone();
    for (Code code : resolved.getCodes()) {
      if (code.hasReference()) {
        TextFragment alone = new TextFragment();
        alone.append(code.clone());
        String markup = writer.getContent(alone, /* locToUse= */ null, EncoderContext.INLINE);
        code.setOuterData(null);
        code.setData(markup);
        code.setReferenceFlag(false);
      }
    }
    return resolved;
  }
}
