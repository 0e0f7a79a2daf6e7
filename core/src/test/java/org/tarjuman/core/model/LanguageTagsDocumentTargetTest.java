package org.tarjuman.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTagsDocumentTargetTest {

  private static final Locale EN = Locale.forLanguageTag("en");
  private static final Locale EN_US = Locale.forLanguageTag("en-US");
  private static final Locale EN_GB = Locale.forLanguageTag("en-GB");
  private static final Locale FR = Locale.forLanguageTag("fr");

  @Test
  void theSameTagIsItsOwnTarget() {
    assertThat(LanguageTags.documentTarget(EN_US, List.of(EN_GB, EN_US))).contains(EN_US);
  }

  @Test
  void aRegionAddedOrDroppedFindsTheOnlyTargetOfThatLanguage() {
    assertThat(LanguageTags.documentTarget(EN_US, List.of(FR, EN))).contains(EN);
    assertThat(LanguageTags.documentTarget(EN, List.of(FR, EN_US))).contains(EN_US);
  }

  @Test
  void twoTargetsOfTheLanguageOrNoneAreNoMatch() {
    assertThat(LanguageTags.documentTarget(EN, List.of(EN_GB, EN_US))).isEmpty();
    assertThat(LanguageTags.documentTarget(EN, List.of(FR))).isEmpty();
  }
}
