package org.tarjuman.core.ingest;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warns when a Gettext catalogue has fewer plural forms than a target language needs.
 *
 * <p>Okapi's PO filter makes one text unit per {@code msgstr[n]} line of a plural entry, as many
 * as the file has (its header's {@code nplurals}); it adds none for the target language. A POT
 * template, or a PO initialised for English, has two forms, while Arabic has six CLDR plural
 * categories (zero, one, two, few, many, other; {@code nplurals=6}). Such a file can be imported,
 * but its translation could only hold two forms: the user is told to initialise the catalogue for
 * the target language first ({@code msginit -l ar}), which writes six {@code msgstr[n]} lines.
 * The CLDR categories come from ICU4J's {@link PluralRules}.
 */
final class PluralCheck {

  private PluralCheck() {}

  /** One warning per target language that needs more forms than the file has. */
  static List<String> warnings(Path file, int formsInFile, List<Locale> targets) {
    List<String> warnings = new ArrayList<>();
    if (formsInFile == 0) {
      return warnings;
    }
    for (Locale target : targets) {
      List<String> categories = categoriesOf(target);
      if (categories.size() > formsInFile) {
        warnings.add(
            ("%1$s: plural entries have %2$d forms, but %3$s needs %4$d (%5$s); initialise the"
                    + " catalogue for %3$s (msginit -l %3$s) to translate every form")
                .formatted(
                    file.getFileName(),
                    formsInFile,
                    target.toLanguageTag(),
                    categories.size(),
                    String.join(", ", categories)));
      }
    }
    return warnings;
  }

  /** The CLDR plural categories of a language, in CLDR's order (zero, one, two, few, many, other). */
  static List<String> categoriesOf(Locale language) {
    List<String> order = List.of("zero", "one", "two", "few", "many", "other");
    var keywords = PluralRules.forLocale(ULocale.forLocale(language)).getKeywords();
    return order.stream().filter(keywords::contains).toList();
  }
}
