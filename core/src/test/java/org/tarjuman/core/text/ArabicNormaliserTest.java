package org.tarjuman.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

class ArabicNormaliserTest {

  @Test
  void removesHarakatAndTanween() {
    assertThat(ArabicNormaliser.normalise("مُؤْتَمَرًا دَوْلِيًّا")).isEqualTo("مؤتمرا دوليا");
  }

  @Test
  void removesSuperscriptAlefThatLuceneKeeps() {
    // هٰذا: heh with a superscript (dagger) alef, as in vocalised text.
    assertThat(ArabicNormaliser.normalise("هٰذا")).isEqualTo("هذا");
  }

  @Test
  void removesTatweel() {
    assertThat(ArabicNormaliser.normalise("إسـرائـيـل")).isEqualTo("اسرائيل");
  }

  @Test
  void foldsAlefVariantsToBareAlef() {
    assertThat(ArabicNormaliser.normalise("أحمد إسرائيل آمن ٱلله"))
        .isEqualTo("احمد اسرائيل امن الله");
  }

  @Test
  void composesDecomposedHamzaBeforeFolding() {
    // Alef followed by a combining hamza above (U+0654) is أ after NFC, then bare alef.
    assertThat(ArabicNormaliser.normalise("\u0627\u0654حمد")).isEqualTo("احمد");
  }

  @Test
  void foldsTehMarbutaAndAlefMaqsura() {
    assertThat(ArabicNormaliser.normalise("الاستراتيجية على"))
        .isEqualTo(ArabicNormaliser.normalise("الاستراتيجيه علي"))
        .isEqualTo("الاستراتيجيه علي");
  }

  @Test
  void turnsArabicIndicAndPersianDigitsIntoAsciiDigits() {
    assertThat(ArabicNormaliser.normalise("١٢ سبتمبر ۲۰۲۲")).isEqualTo("12 سبتمبر 2022");
  }

  @Test
  void lowerCasesLatinText() {
    assertThat(ArabicNormaliser.normalise("September 8, PIC.Twitter.COM"))
        .isEqualTo("september 8, pic.twitter.com");
  }

  @Test
  void collapsesAndTrimsWhitespaceOfEveryKind() {
    assertThat(ArabicNormaliser.normalise("  تل\u00A0\u00A0أبيب\t\n الرباط  "))
        .isEqualTo("تل ابيب الرباط");
  }

  @Test
  void ignoresSpaceBeforeClosingPunctuation() {
    assertThat(ArabicNormaliser.normalise("الاثنين ، إسرائيل ؟ نعم ."))
        .isEqualTo(ArabicNormaliser.normalise("الاثنين، إسرائيل؟ نعم."))
        .isEqualTo("الاثنين، اسرائيل؟ نعم.");
  }

  @Test
  void removesInvisibleFormatCharacters() {
    // Right-to-left mark and zero-width non-joiner, as pasted from social media.
    assertThat(ArabicNormaliser.normalise("\u200Fتويتر\u200C")).isEqualTo("تويتر");
  }

  @Test
  void stripsOkapiCodeMarkersWithTheirIndex() {
    String coded =
        "قال "
            + Content.OPENING
            + (char) Content.INDEX_BASE
            + "الجيش"
            + Content.CLOSING
            + (char) (Content.INDEX_BASE + 1)
            + " اليوم";
    assertThat(ArabicNormaliser.normalise(coded)).isEqualTo("قال الجيش اليوم");
  }

  @Test
  void appliesNfcToLatinText() {
    assertThat(ArabicNormaliser.normalise("Cafe\u0301")).isEqualTo("café");
  }

  @Test
  void isEmptyForWhitespaceAndTatweelOnly() {
    assertThat(ArabicNormaliser.normalise(" \u0640\u0640 \t")).isEmpty();
  }

  @Test
  void mapsAMatchBackToTheOriginalText() {
    String original = "في مجالات الإِسْتراتيجيـة والدفاع";
    NormalisedText normalised = ArabicNormaliser.tracked(original);
    String query = ArabicNormaliser.normalise("الاستراتيجيه");
    int at = normalised.text().indexOf(query);

    NormalisedText.Range range = normalised.sourceRange(at, at + query.length());

    assertThat(original.substring(range.start(), range.end())).isEqualTo("الإِسْتراتيجيـة");
  }

  @Test
  void keepsPlaceholderTextButNotMarkupInContentKeys() {
    char base = (char) Content.INDEX_BASE;
    Content content =
        new Content(
            "يستضيف "
                + Content.PLACEHOLDER
                + base
                + " "
                + Content.OPENING
                + (char) (base + 1)
                + "مؤتمرًا"
                + Content.CLOSING
                + (char) (base + 2),
            List.of(
                new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "hashtag", "#جيش_الدفاع"),
                new InlineCode(InlineCode.Kind.OPENING, 2, "b", "<b>"),
                new InlineCode(InlineCode.Kind.CLOSING, 2, "b", "</b>")));

    NormalisedText key = ArabicNormaliser.tracked(content);
    int at = key.text().indexOf("مؤتمرا");
    NormalisedText.Range range = key.sourceRange(at, at + "مؤتمرا".length());

    assertThat(key.text()).isEqualTo("يستضيف #جيش_الدفاع مؤتمرا");
    assertThat(ArabicNormaliser.normalise(content)).isEqualTo(key.text());
    assertThat(content.plainText().substring(range.start(), range.end())).isEqualTo("مؤتمرًا");
  }
}
