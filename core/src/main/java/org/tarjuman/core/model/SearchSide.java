package org.tarjuman.core.model;

import java.util.Locale;

/** Which side of the segments and TM units a concordance search ({@code find}) looks in. */
public enum SearchSide {
  SOURCE,
  TARGET;

  /** The side as users type it: {@code source} or {@code target}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
