package org.tarjuman.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PluralFormsTest {

  private static final Locale AR = Locale.forLanguageTag("ar");

  @Test
  void arabicZeroOneAndTwoFormsStandForOneNumberEach() {
    assertThat(PluralForms.singleNumberForm("files.deleted[0]", AR)).isTrue();
    assertThat(PluralForms.singleNumberForm("files.deleted[1]", AR)).isTrue();
    assertThat(PluralForms.singleNumberForm("files.deleted[2]", AR)).isTrue();
  }

  @Test
  void arabicFewManyAndOtherFormsStandForManyNumbers() {
    assertThat(PluralForms.singleNumberForm("files.deleted[3]", AR)).isFalse();
    assertThat(PluralForms.singleNumberForm("files.deleted[4]", AR)).isFalse();
    assertThat(PluralForms.singleNumberForm("files.deleted[5]", AR)).isFalse();
  }

  @Test
  void aKeyWithoutAFormIndexIsNoPluralForm() {
    assertThat(PluralForms.singleNumberForm("files.deleted", AR)).isFalse();
    assertThat(PluralForms.singleNumberForm("files.deleted[9]", AR)).isFalse();
  }

  @Test
  void englishOneIsASingleNumberAndFrenchOneIsNot() {
    assertThat(PluralForms.singleNumberForm("k[0]", Locale.ENGLISH)).isTrue();
    assertThat(PluralForms.singleNumberForm("k[1]", Locale.ENGLISH)).isFalse();
    assertThat(PluralForms.singleNumberForm("k[0]", Locale.FRENCH)).isFalse();
  }

  @Test
  void printfIntegerConversionsAreNumberPlaceholders() {
    assertThat(PluralForms.isNumberPlaceholder("%d")).isTrue();
    assertThat(PluralForms.isNumberPlaceholder("%1$d")).isTrue();
    assertThat(PluralForms.isNumberPlaceholder("%lu")).isTrue();
    assertThat(PluralForms.isNumberPlaceholder("%s")).isFalse();
    assertThat(PluralForms.isNumberPlaceholder("{count}")).isFalse();
  }
}
