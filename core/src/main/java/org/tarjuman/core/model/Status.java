package org.tarjuman.core.model;

import java.util.Locale;

/** The state of a translation, in the order a segment moves through them. */
public enum Status {
  NEW,
  DRAFT,
  NEEDS_REVIEW,
  TRANSLATED,
  REVIEWED,
  FINAL;

  /** The lower-case, hyphenated name users type and see ({@code needs-review}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Status fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
