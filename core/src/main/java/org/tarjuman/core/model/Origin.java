package org.tarjuman.core.model;

import java.util.Locale;

/**
 * Where a translation or a TM unit came from ({@link #TMX}: a TM unit imported from a TMX file).
 */
public enum Origin {
  XLIFF,
  TM_EXACT,
  TM_FUZZY,
  REPETITION,
  ALIGNED,
  MANUAL,
  CARRIED_OVER,
  TMX;

  /** The lower-case, hyphenated name users see ({@code tm-exact}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Origin fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
