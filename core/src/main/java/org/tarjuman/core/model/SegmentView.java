package org.tarjuman.core.model;

import java.util.List;

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
    List<TranslationView> translations) {
  public SegmentView {
    translations = List.copyOf(translations);
  }

  /** The same segment with other translations. */
  public SegmentView withTranslations(List<TranslationView> others) {
    return new SegmentView(
        id, documentId, documentName, version, unitIndex, unitKey, index, source, words, others);
  }
}
