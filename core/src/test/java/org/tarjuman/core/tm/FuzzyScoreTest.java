package org.tarjuman.core.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.text.ArabicNormaliser;

class FuzzyScoreTest {

  private static final InlineCode BOLD_OPEN =
      new InlineCode(InlineCode.Kind.OPENING, 1, "b", "<b>");
  private static final InlineCode BOLD_CLOSE =
      new InlineCode(InlineCode.Kind.CLOSING, 1, "b", "</b>");

  private static int score(String query, String unit) {
    return FuzzyScore.score(
        ArabicNormaliser.normalise(query), List.of(), ArabicNormaliser.normalise(unit), List.of());
  }

  @Test
  void identicalTextsScoreOneHundred() {
    assertThat(score("وصل الوزير إلى الرباط.", "وصل الوزير إلى الرباط.")).isEqualTo(100);
  }

  @Test
  void diacriticsAlefFormsAndDigitsDoNotLowerTheScore() {
    assertThat(score("وصلَ الوزيرُ إلى الرباط في ٢٠٢٢.", "وصل الوزير الى الرباط في 2022."))
        .isEqualTo(100);
  }

  @Test
  void oneChangedWordInTenCostsTenPoints() {
    assertThat(score("a b c d e f g h i j", "a b c d e f g h i k")).isEqualTo(90);
  }

  @Test
  void aChangedNumberCostsMoreThanAChangedWord() {
    int word = score("visit in june 2022 to rabat", "visit in july 2022 to rabat");
    int number = score("visit in june 2022 to rabat", "visit in june 2023 to rabat");

    assertThat(word).isEqualTo(83);
    assertThat(number).isEqualTo(83 - 2 * FuzzyScore.NUMBER_PENALTY);
  }

  @Test
  void missingInlineCodesCostAPointEach() {
    String key = ArabicNormaliser.normalise("an important visit");

    int score = FuzzyScore.score(key, List.of(BOLD_OPEN, BOLD_CLOSE), key, List.of());

    assertThat(score).isEqualTo(98);
  }

  @Test
  void codesAreComparedByKindAndTypeNotByIdOrData() {
    String key = ArabicNormaliser.normalise("an important visit");
    InlineCode otherBold = new InlineCode(InlineCode.Kind.OPENING, 7, "b", "<B>");

    assertThat(FuzzyScore.score(key, List.of(BOLD_OPEN), key, List.of(otherBold))).isEqualTo(100);
  }

  @Test
  void unrelatedTextsScoreZero() {
    assertThat(score("one two three", "four five six")).isZero();
  }

  @Test
  void requiredCommonTokensBoundTheBaseScore() {
    // 10 tokens at 70%: 7 in common are needed, and 7 suffice when nothing else differs.
    assertThat(FuzzyScore.requiredCommon(10, 70)).isEqualTo(7);
    assertThat(score("a b c d e f g h i j", "a b c d e f g x y z")).isEqualTo(70);
    assertThat(FuzzyScore.lengthsAllow(10, 7, 70)).isTrue();
    assertThat(FuzzyScore.lengthsAllow(10, 6, 70)).isFalse();
  }
}
