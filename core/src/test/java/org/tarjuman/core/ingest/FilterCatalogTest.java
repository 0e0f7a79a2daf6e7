package org.tarjuman.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.sf.okapi.common.filters.InlineCodeFinder;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The placeholder rules the software string filters run, on the strings they meet. */
class FilterCatalogTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hello %s, you have %d new messages. | %s %d",
        "Total: %1$s (incl. %2$.2f VAT) | %1$s %2$.2f",
        "%@ shared a photo | %@",
        "Welcome back, {0}! | {0}",
        "Hello {name}, you have {count} new photos. | {name} {count}",
        "{0,number,integer} files | {0,number,integer}",
        "Upload {{fileName}} now? | {{fileName}}",
        "Hello %{name}! | %{name}",
        "Read the <a href=\"/terms\">terms</a>.<br/> | <a href=\"/terms\"> </a> <br/>",
        "First line\\nSecond line | \\n",
      })
  void findsPlaceholdersTagsAndEscapes(String text, String expected) {
    assertThat(codesIn(text)).containsExactly(expected.split(" (?=[%{<\\\\])"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"50% off everything", "100 % sure", "Use { and } for sets", "a < b and c > d"})
  void leavesOrdinaryTextAlone(String text) {
    assertThat(codesIn(text)).isEmpty();
  }

  private static List<String> codesIn(String text) {
    InlineCodeFinder finder = new InlineCodeFinder();
    finder.addRules(FilterCatalog.PLACEHOLDER_RULES);
    finder.compile();
    TextFragment fragment = new TextFragment(text);
    finder.process(fragment);
    return fragment.getCodes().stream().map(Code::getData).toList();
  }
}
