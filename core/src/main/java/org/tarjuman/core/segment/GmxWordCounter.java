package org.tarjuman.core.segment;

import java.util.Locale;
import java.util.Objects;
import net.sf.okapi.common.LocaleId;
import org.tarjuman.core.model.Content;

/**
 * Counts words with Okapi's GMX-V word counter ({@code net.sf.okapi.steps.wordcount.WordCounter}),
 * the way CAT tools' analysis reports do: words, hyphenated words, numbers and times count one
 * each; punctuation counts nothing; logographic languages (Chinese, Japanese, ...) count by GMX-V's
 * characters-per-word factors.
 *
 * <p>Inline codes count as no words. A placeholder (a URL, hashtag, mention, e-mail address or an
 * image) stands between words like a space; paired codes (such as bold on and off) are simply left
 * out, so a word that they cut in two still counts once.
 *
 * <p>Safe to share between threads.
 */
public final class GmxWordCounter implements WordCounter {

  private final LocaleId language;

  /**
   * A counter for text in the given language. For an undetermined language ({@link Locale#ROOT},
   * {@code und}), for which Okapi counts nothing, words are counted by the general (English) rules.
   */
  public GmxWordCounter(Locale language) {
    Objects.requireNonNull(language, "language");
    LocaleId locale = SrxRules.localeIdOf(language);
    this.language = locale.equals(LocaleId.EMPTY) ? LocaleId.ENGLISH : locale;
  }

  @Override
  public long count(Content content) {
    Objects.requireNonNull(content, "content");
    String text = textForCounting(content);
    if (text.isBlank()) {
      return 0;
    }
    return net.sf.okapi.steps.wordcount.WordCounter.count(text, language);
  }

  static String textForCounting(Content content) {
    if (content.codes().isEmpty()) {
      return content.coded();
    }
    String coded = content.coded();
    StringBuilder text = new StringBuilder(coded.length());
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (Content.isMarker(c)) {
        if (c == Content.PLACEHOLDER) {
          text.append(' ');
        }
        i++;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
