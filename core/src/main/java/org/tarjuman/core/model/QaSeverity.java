package org.tarjuman.core.model;

import java.util.Locale;

/** How serious a QA issue is; the three levels of Okapi CheckMate's displayed severity. */
public enum QaSeverity {
  LOW,
  MEDIUM,
  HIGH;

  /** The lower-case name users see ({@code high}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
