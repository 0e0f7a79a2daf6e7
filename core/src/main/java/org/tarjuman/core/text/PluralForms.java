package org.tarjuman.core.text;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which plural forms of a software string stand for a single number, so that their translation may
 * leave the number out: Arabic's {@code msgstr[1]} of {@code %d files} is {@code ملف واحد}, with no
 * {@code %d}, and GNU {@code msgfmt --check} accepts that for a form that only one number selects.
 *
 * <p>A plural form is a segment whose resource key ends in {@code [k]} (Tarjuman's keys of Gettext
 * plural forms). Form {@code k} is the target language's {@code k}-th CLDR plural category in
 * CLDR's order (zero, one, two, few, many, other), the order of gettext's own formulas for the
 * languages where it matters; it stands for a single number when ICU4J's {@link
 * PluralRules#getAllKeywordValues(String)} gives exactly one value for that category (Arabic's
 * zero, one and two; English's one).
 */
public final class PluralForms {

  private static final List<String> CLDR_ORDER =
      List.of("zero", "one", "two", "few", "many", "other");
  private static final Pattern FORM = Pattern.compile("\\[(\\d)]$");
  /** A printf integer conversion: {@code %d}, {@code %1$d}, {@code %5i}, {@code %lu}. */
  private static final Pattern NUMBER = Pattern.compile("%(\\d+\\$)?[-+ 0#']*\\d*(l|ll|h|z)?[diu]");

  /** What {@link #formOf} answers for a key that names no plural form. */
  public static final int NOT_A_FORM = -1;

  private PluralForms() {}

  /**
   * The plural form a Gettext unit key names, {@code k} of {@code key[k]}; {@link #NOT_A_FORM} for
   * a key without the suffix. Ask it only of a Gettext catalogue's keys: other formats' keys may
   * end the same way.
   */
  public static int formOf(String unitKey) {
    Matcher m = FORM.matcher(unitKey);
    return m.find() ? Integer.parseInt(m.group(1)) : NOT_A_FORM;
  }

  /**
   * The plural form a unit key names in a Gettext catalogue ({@link #formOf}); {@link #NOT_A_FORM}
   * in any other format, whose keys may end the same way.
   */
  public static int formOf(boolean gettext, String unitKey) {
    return gettext ? formOf(unitKey) : NOT_A_FORM;
  }

  /**
   * Whether the segment with this key is a plural form that, in {@code target}, one number alone
   * selects.
   */
  public static boolean singleNumberForm(String resourceKey, Locale target) {
    int form = formOf(resourceKey);
    if (form == NOT_A_FORM) {
      return false;
    }
    PluralRules rules = PluralRules.forLocale(ULocale.forLocale(target));
    Set<String> keywords = rules.getKeywords();
    List<String> categories = CLDR_ORDER.stream().filter(keywords::contains).toList();
    if (form >= categories.size()) {
      return false;
    }
    Collection<Double> values = rules.getAllKeywordValues(categories.get(form));
    return values != null && values.size() == 1;
  }

  /** Whether a placeholder's original text is a printf integer conversion such as {@code %d}. */
  public static boolean isNumberPlaceholder(String data) {
    return NUMBER.matcher(data).matches();
  }
}
