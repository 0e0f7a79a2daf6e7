package org.tarjuman.core.model;

/** Why an import left a string of the file out: the file marks it as not to translate, or it is empty. */
public enum SkipReason {
  /** The value is empty or only white space ({@code key=}, {@code ""}, {@code <string/>}). */
  EMPTY("empty", "empty"),
  /**
   * The filter marks the unit as not translatable: XLIFF {@code translate="no"}, or one of the
   * Okapi filter's own rules.
   */
  NOT_TRANSLATABLE("notTranslatable", "marked not to translate"),
  /**
   * An ITS rule keeps the element out of translation: {@code its:translate="no"} in XML, {@code
   * translatable="false"} in Android strings.
   */
  ITS_RULE("itsRule", "not to translate by ITS rules");

  private final String jsonName;
  private final String label;

  SkipReason(String jsonName, String label) {
    this.jsonName = jsonName;
    this.label = label;
  }

  /** The name in {@code --json} output ({@code notTranslatable}). */
  public String jsonName() {
    return jsonName;
  }

  /** What users read ({@code marked not to translate}). */
  public String label() {
    return label;
  }
}
