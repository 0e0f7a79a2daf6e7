package org.tarjuman.core.review;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * The writing direction of a language, from its script: ICU adds the likely script to a bare tag
 * ({@code ar} → Arab, {@code fa}, {@code he}, {@code ur}, {@code yi} …) and knows which scripts run
 * right to left, so {@code az-Arab} is right-to-left and {@code az} left-to-right.
 */
enum TextDirection {
  LTR,
  RTL;

  static TextDirection of(Locale language) {
    return ULocale.forLocale(language).isRightToLeft() ? RTL : LTR;
  }

  /** The value of an HTML {@code dir} attribute. */
  String attribute() {
    return this == RTL ? "rtl" : "ltr";
  }
}
