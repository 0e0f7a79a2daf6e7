package org.tarjuman.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored segment with its translations.
 *
 * @param id the segment's id, unique in the workspace
 * @param documentId the document's id
 * @param documentName the document's name
 * @param version the document version the segment belongs to
 * @param unitIndex the index of the segment's translation unit in the document
 * @param unitKey the unit's key (filter id or resource key)
 * @param index the segment's position in the document version, from 1
 * @param source the source with inline codes
 * @param words the source's word count (GMX-V)
 * @param translations the translations, one per target language that has one
 * @param unitNote what the file says to the translator about the unit; may be empty
 * @param resourceKey whether the unit key is a resource key (software string formats), not a
 *     filter's count
 */
public record SegmentView(
    long id,
    long documentId,
    String documentName,
    int version,
    int unitIndex,
    String unitKey,
    int index,
    Content source,
    long words,
    List<TranslationView> translations,
    String unitNote,
    boolean resourceKey) {
  public SegmentView {
    translations = List.copyOf(translations);
    Objects.requireNonNull(unitNote, "unitNote");
  }

  /** A segment of a unit without a note or resource key. */
  public SegmentView(
      long id,
      long documentId,
      String documentName,
      int version,
      int unitIndex,
      String unitKey,
      int index,
      Content source,
      long words,
      List<TranslationView> translations) {
    this(
        id, documentId, documentName, version, unitIndex, unitKey, index, source, words,
        translations, "", false);
  }

  /** The unit key when it names the string (XLIFF {@code resname}), else empty. */
  public Optional<String> resourceName() {
    return resourceKey ? Optional.of(unitKey) : Optional.empty();
  }

  /** Its translation into {@code target}, if it has one (it has at most one per language). */
  public Optional<TranslationView> translation(Locale target) {
    return translations.stream().filter(t -> t.target().equals(target)).findFirst();
  }

  /** The same segment with other translations. */
  public SegmentView withTranslations(List<TranslationView> others) {
    return new SegmentView(
        id, documentId, documentName, version, unitIndex, unitKey, index, source, words, others,
        unitNote, resourceKey);
  }
}
