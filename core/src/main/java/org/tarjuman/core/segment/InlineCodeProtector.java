package org.tarjuman.core.segment;

import org.tarjuman.core.model.Content;

/**
 * Turns the tokens a translator must not touch (hashtags, @mentions, URLs, e-mail addresses) into
 * placeholder inline codes, so CAT tools keep them intact and the segmenter never breaks inside
 * them.
 */
public interface InlineCodeProtector {

  /** The content with protected tokens as placeholder codes; existing codes are kept. */
  Content protect(Content content);
}
