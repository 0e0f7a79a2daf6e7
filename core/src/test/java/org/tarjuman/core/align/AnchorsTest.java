package org.tarjuman.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

class AnchorsTest {

  @Test
  void arabicIndicDigitsEqualLatinDigits() {
    Anchors arabic = Anchors.of(Content.ofText("وقع البلدان الاتفاق عام ٢٠٢٠ في ١٢ نوفمبر."));
    Anchors english =
        Anchors.of(Content.ofText("The two countries signed it on 12 November 2020."));

    assertThat(arabic.compare(english).matched()).isEqualTo(2);
    assertThat(arabic.compare(english).unmatched()).isZero();
  }

  @Test
  void hashtagsMentionsAndUrlsMatchByTheirTextWhateverTheCase() {
    Content source =
        new Content(
            "يستضيف " + Content.PLACEHOLDER + (char) Content.INDEX_BASE,
            List.of(new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "mention", "@AvichayAdraee")));
    Content target =
        new Content(
            "Hosted by " + Content.PLACEHOLDER + (char) Content.INDEX_BASE,
            List.of(new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "mention", "@avichayadraee")));

    assertThat(Anchors.of(source).compare(Anchors.of(target)).matched()).isEqualTo(1);
  }

  @Test
  void aNumberOnOneSideOnlyIsUnmatched() {
    AnchorAgreement a =
        Anchors.of(Content.ofText("من 25 دولة"))
            .compare(Anchors.of(Content.ofText("from twenty-five countries")));

    assertThat(a.matched()).isZero();
    assertThat(a.unmatched()).isEqualTo(1);
    assertThat(a.strongShare()).isZero();
  }

  @Test
  void latinNamesAndPunctuationAreSharedAcrossScripts() {
    AnchorAgreement a =
        Anchors.of(Content.ofText("هل زار September «الرباط»؟"))
            .compare(Anchors.of(Content.ofText("Did he visit “Rabat” in September?")));

    assertThat(a.names()).isEqualTo(1);
    assertThat(a.marks()).isEqualTo(2);
    assertThat(a.missingMarks()).isZero();
  }
}
