package org.tarjuman.core.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.text.NormalisedText;

/**
 * {@code find --in target}: the segments whose translation contains a text, after Arabic
 * normalisation (the same normaliser as the sources' keys, so Arabic targets match as Arabic
 * sources do). Translations have no key column, so the latest version of each document is read,
 * in the order of the documents' names, until enough hits are found.
 */
final class TargetConcordance {

  private final DocumentStore store;

  TargetConcordance(DocumentStore store) {
    this.store = store;
  }

  /**
   * At most {@code limit} hits for the normalised {@code key}, in translations into {@code target}
   * or, without one, into any of a document's target languages.
   */
  List<FindHit> find(String key, Optional<Locale> target, int limit) {
    List<FindHit> hits = new ArrayList<>();
    List<DocumentSummary> documents =
        store.documents().stream().sorted(Comparator.comparing(DocumentSummary::name)).toList();
    for (DocumentSummary document : documents) {
      for (Locale language : target.map(List::of).orElse(document.targets())) {
        if (document.targets().contains(language)) {
          collect(document, language, key, hits, limit);
        }
        if (hits.size() >= limit) {
          return hits;
        }
      }
    }
    return hits;
  }

  private void collect(
      DocumentSummary document, Locale language, String key, List<FindHit> hits, int limit) {
    for (SegmentView segment :
        store.segments(document.id(), Optional.of(language), Optional.empty())) {
      for (TranslationView translation : segment.translations()) {
        if (translation.target().equals(language)) {
          match(segment, translation.content(), key).ifPresent(hits::add);
          if (hits.size() >= limit) {
            return;
          }
        }
      }
    }
  }

  private static Optional<FindHit> match(SegmentView segment, Content target, String key) {
    NormalisedText normalised = ArabicNormaliser.tracked(target);
    int at = normalised.text().indexOf(key);
    if (at < 0) {
      return Optional.empty();
    }
    NormalisedText.Range range = normalised.sourceRange(at, at + key.length());
    return Optional.of(
        new FindHit(
            segment.id(),
            segment.documentName(),
            segment.version(),
            segment.index(),
            segment.source().plainText(),
            range.start(),
            range.end(),
            target.plainText(),
            /* inTarget= */ true));
  }
}
