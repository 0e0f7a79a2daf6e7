package org.tarjuman.core.model;

import java.util.Locale;

/** How a segment of a new document version relates to the previous version's segments. */
public enum LinkKind {
  /** The same text (normalised key and inline codes' kinds) at the same place in the order. */
  UNCHANGED,
  /** The same text, elsewhere in the order. */
  MOVED,
  /** A changed text, similar enough to one old segment. */
  EDITED,
  /** One of several consecutive new segments that together are one old segment. */
  SPLIT,
  /** One new segment that is several consecutive old segments together. */
  MERGED,
  /** Not found in the previous version. */
  NEW,
  /** An old segment found in no new segment (a link without a new segment). */
  DELETED;

  /** The lower-case name users see ({@code unchanged}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LinkKind fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
