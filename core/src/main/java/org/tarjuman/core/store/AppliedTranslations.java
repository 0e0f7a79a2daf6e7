package org.tarjuman.core.store;

/**
 * What storing a {@link TranslationBatch} wrote.
 *
 * @param added translations stored for segments that had none in the language
 * @param changed translations replaced (the earlier one went to the history)
 * @param unchanged translations equal in text, status and origin to the stored one: not written
 * @param tmUnitsAdded translation memory units created from confirmed translations
 * @param tmUnitsRefreshed translation memory units that already held the same source and target,
 *     whose change date was moved to now
 * @param repetitions other occurrences of a confirmed translation's source in the same version
 *     that got it as a draft with origin {@code repetition} ({@link RepetitionWriter})
 */
public record AppliedTranslations(
    int added, int changed, int unchanged, int tmUnitsAdded, int tmUnitsRefreshed, int repetitions) {

  /** What storing wrote when no repetition was filled. */
  public AppliedTranslations(
      int added, int changed, int unchanged, int tmUnitsAdded, int tmUnitsRefreshed) {
    this(added, changed, unchanged, tmUnitsAdded, tmUnitsRefreshed, 0);
  }

  /** Translations written: added or changed. */
  public int written() {
    return added + changed;
  }
}
