package org.tarjuman.core.ingest;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuman.core.model.Format;

/**
 * How many plural forms a Gettext catalogue needs for a target language, and the {@code
 * Plural-Forms} header that says so (GNU gettext manual §12.4, "Additional functions for plural
 * forms").
 *
 * <p>The forms and formulas are those of Okapi's own table ({@code PluralForms.properties} of its
 * PO filter), which follows gettext's: Arabic has six, {@code nplurals=6; plural= n==0 ? 0 : n==1 ?
 * 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5;}, one per CLDR
 * category in CLDR's order (zero, one, two, few, many, other). A language the table does not have
 * gets no forms added: the catalogue keeps the forms it has.
 */
public final class GettextPlurals {

  private static final ResourceBundle TABLE =
      ResourceBundle.getBundle("net.sf.okapi.filters.po.PluralForms");
  private static final Pattern NPLURALS = Pattern.compile("nplurals\\s*=\\s*(\\d+)");
  /** What Okapi's PO filter assumes when a header gives no number ({@code nplurals=INTEGER}). */
  private static final int DEFAULT_FORMS = 2;

  private GettextPlurals() {}

  /** The forms the language needs, by its primary language subtag; 0 when the table lacks it. */
  public static int formsFor(Locale target) {
    String expression = expressionFor(target);
    return expression.isEmpty() ? 0 : formsIn(expression);
  }

  /**
   * The {@code Plural-Forms} value for the language and region ({@code pt-br}, the only form of
   * Portuguese the table has), else for the language; empty when the table lacks both.
   */
  public static String expressionFor(Locale target) {
    String region = target.getLanguage() + "-" + target.getCountry().toLowerCase(Locale.ROOT);
    String key =
        !target.getCountry().isEmpty() && TABLE.containsKey(region) ? region : target.getLanguage();
    // Okapi's PluralForms.getExpression answers by language alone, and a language it lacks with
    // English's rule: read its table.
    return TABLE.containsKey(key) ? TABLE.getString(key).strip() : "";
  }

  /** The number of forms a {@code Plural-Forms} value gives, else Okapi's PO filter's default, 2. */
  public static int formsIn(String pluralForms) {
    Matcher m = NPLURALS.matcher(pluralForms);
    return m.find() ? Integer.parseInt(m.group(1)) : DEFAULT_FORMS;
  }

  /** Whether a {@code Plural-Forms} value gives a number of forms, unlike a template's. */
  public static boolean declaresForms(String pluralForms) {
    return NPLURALS.matcher(pluralForms).find();
  }

  /** The most forms any of the targets needs, for a Gettext catalogue; 0 for other formats. */
  static int formsWanted(Format format, List<Locale> targets) {
    if (format != Format.PO) {
      return 0;
    }
    return targets.stream().mapToInt(GettextPlurals::formsFor).max().orElse(0);
  }
}
