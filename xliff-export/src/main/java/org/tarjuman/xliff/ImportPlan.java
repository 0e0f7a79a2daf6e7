package org.tarjuman.xliff;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What importing a returned XLIFF file would change, decided before anything is written: all the
 * store needs to apply the good units in one transaction and report the others.
 *
 * @param documentId the document the file belongs to
 * @param documentVersion the document version the file was exported from
 * @param target the target language the translations are stored under (the document's own tag,
 *     which may differ in form from the file's, e.g. {@code en} for {@code en-US})
 * @param updates the translations to store, in file order
 * @param unchanged units whose target and state equal the stored translation
 * @param empty units without a target, or with an empty one (nothing is deleted)
 * @param rejections units not applied, in file order
 */
public record ImportPlan(
    long documentId,
    int documentVersion,
    Locale target,
    List<TargetUpdate> updates,
    int unchanged,
    int empty,
    List<Rejection> rejections) {
  public ImportPlan {
    Objects.requireNonNull(target, "target");
    updates = List.copyOf(updates);
    rejections = List.copyOf(rejections);
  }

  /** How many units would be updated. */
  public int updated() {
    return updates.size();
  }

  /** How many units were rejected. */
  public int rejected() {
    return rejections.size();
  }
}
