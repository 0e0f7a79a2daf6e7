package org.tarjuman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

class GmxWordCounterTest {

  private static final GmxWordCounter ARABIC = new GmxWordCounter(Locale.forLanguageTag("ar"));
  private static final GmxWordCounter ENGLISH = new GmxWordCounter(Locale.ENGLISH);

  @Test
  void countsTwoWordsInHelloWorld() {
    assertThat(ENGLISH.count(Content.ofText("Hello world."))).isEqualTo(2);
  }

  @Test
  void countsFiveWordsInAFiveWordArabicSentence() {
    assertThat(ARABIC.count(Content.ofText("قال الرئيس إن الوضع جيد."))).isEqualTo(5);
  }

  @Test
  void countsWordsWithTashkeelAndTatweelOnce() {
    assertThat(ARABIC.count(Content.ofText("قَالَ الرَّئِيسُ إِنَّ الوَضْعَ جَيِّدٌ.")))
        .isEqualTo(5);
    assertThat(ARABIC.count(Content.ofText("جـيـش كـبـيـر."))).isEqualTo(2);
  }

  @Test
  void countsANumberAsOneWord() {
    assertThat(ARABIC.count(Content.ofText("وقع الاتفاق عام ٢٠٢٠."))).isEqualTo(4);
    assertThat(ENGLISH.count(Content.ofText("About 3.5 million."))).isEqualTo(3);
  }

  @Test
  void countsProtectedTokensAsNoWords() {
    Content content =
        new TokenCodeFinder().protect(Content.ofText("زوروا www.aljazeera.net اليوم #وسم @user"));

    assertThat(content.codes()).hasSize(3);
    assertThat(ARABIC.count(content)).isEqualTo(2);
  }

  @Test
  void countsACodeAloneAsNoWords() {
    Content code =
        new Content(
            Content.PLACEHOLDER + "" + (char) Content.INDEX_BASE,
            List.of(new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "url", "https://example.com")));

    assertThat(ENGLISH.count(code)).isZero();
  }

  @Test
  void countsAWordCutByPairedCodesOnce() {
    Content content =
        new Content(
            "un"
                + Content.OPENING
                + (char) Content.INDEX_BASE
                + "believ"
                + Content.CLOSING
                + (char) (Content.INDEX_BASE + 1)
                + "able story",
            List.of(
                new InlineCode(InlineCode.Kind.OPENING, 1, "b", "<b>"),
                new InlineCode(InlineCode.Kind.CLOSING, 1, "b", "</b>")));

    assertThat(ENGLISH.count(content)).isEqualTo(2);
  }

  @Test
  void countsNothingInBlankContent() {
    assertThat(ARABIC.count(Content.ofText("  "))).isZero();
    assertThat(ARABIC.count(Content.ofText("، . ؟"))).isZero();
  }

  @Test
  void countsAnUndeterminedLanguageByTheGeneralRules() {
    assertThat(new GmxWordCounter(Locale.ROOT).count(Content.ofText("one two three"))).isEqualTo(3);
  }
}
