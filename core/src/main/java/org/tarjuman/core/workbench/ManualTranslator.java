package org.tarjuman.core.workbench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationStore;
import org.tarjuman.core.store.TranslationUpdate;

/**
 * Translations set by hand ({@code translate}): a new text with origin manual, or an editor's
 * sign-off that keeps the text and origin and changes the status. Both go through {@link
 * TranslationStore#apply}, so the earlier state stays in the history and confirmed text feeds the
 * TM, in one transaction.
 */
final class ManualTranslator {

  private static final List<Status> STATUSES = List.of(Status.TRANSLATED, Status.REVIEWED, Status.FINAL);

  private final DocumentStore documents;
  private final TranslationStore translations;
  private final TypedTarget typed;

  ManualTranslator(DocumentStore documents, TranslationStore translations, TypedTarget typed) {
    this.documents = documents;
    this.translations = translations;
    this.typed = typed;
  }

  /** See {@link Workbench#translate}. */
  SegmentView translate(SegmentView segment, Locale target, Optional<String> text, Status status) {
    if (!STATUSES.contains(status)) {
      throw new InvalidInputException(
          "a translation set by hand is translated, reviewed or final, not " + status.label());
    }
    requireTarget(segment, target);
    Optional<TranslationView> current = segment.translation(target);
    Content content;
    Origin origin;
    if (text.isPresent()) {
      content = typed.target(segment.source(), text.get());
      origin = Origin.MANUAL;
    } else {
      TranslationView existing =
          current
              .filter(t -> t.content() != null && !t.content().isBlank())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "segment "
                              + segment.id()
                              + " has no translation into "
                              + target.toLanguageTag()
                              + " to sign off; give the text: translate "
                              + segment.id()
                              + " --target "
                              + target.toLanguageTag()
                              + " TEXT"));
      content = existing.content();
      origin = existing.origin() == null ? Origin.MANUAL : existing.origin();
    }
    translations.apply(
        new TranslationBatch(
            segment.documentId(),
            segment.version(),
            target,
            origin,
            List.of(new TranslationUpdate(segment.id(), content, status))));
    return documents.segment(segment.id()).orElseThrow();
  }

  private void requireTarget(SegmentView segment, Locale target) {
    documents.document(String.valueOf(segment.documentId())).orElseThrow().requireTarget(target);
  }
}
