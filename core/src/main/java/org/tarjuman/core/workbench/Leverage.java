package org.tarjuman.core.workbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.MatchAnalysis;
import org.tarjuman.core.model.MatchBand;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.SegmentCursor;
import org.tarjuman.core.store.SegmentDraft;
import org.tarjuman.core.store.TmStore;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.text.PluralForms;

/**
 * Leverages the TM on a freshly imported document version, per target language: each segment's best
 * TM match (down to {@value MatchBand#LOWEST_FUZZY}%, with the segments before and after it as
 * context) puts it in a {@link MatchBand}; a segment whose normalised source occurred earlier in
 * the document and has no exact match counts as a repetition. Exact and in-context matches are
 * written as drafts (origin {@code tm-exact}, score 100 or 101) of segments without a translation;
 * fuzzy matches are only counted, never written as targets.
 *
 * <p>In a Gettext catalogue a plural form ({@link PluralForms#formOf}) repeats only the same form
 * of another entry, not its own entry's other forms, which share its source but are other plural
 * categories; and it gets no draft from the TM, whose units do not say which category they
 * translate: its exact match is counted in its band and offered at export ({@link Pretranslation}).
 *
 * <p>Copying a translation to the other occurrences of a repeated segment when it is confirmed
 * (origin {@code repetition}) is done where translations are stored ({@code TranslationStore});
 * exports fill in and suggest with {@link Pretranslation}.
 */
final class Leverage {

  private final DocumentStore documents;
  private final TmStore tm;
  private final TmService service;

  Leverage(DocumentStore documents, TmStore tm, TmService service) {
    this.documents = documents;
    this.tm = tm;
    this.service = service;
  }

  /** The analysis of a document's latest version into each target, drafts written. */
  List<MatchAnalysis> leverage(long documentId, Locale source, List<Locale> targets) {
    return analyse(documentId, source, targets, /* writeDrafts= */ true);
  }

  /**
   * The analysis of a document's latest version into each target against the TM as it is now, as
   * {@code stats} shows it; nothing is written.
   */
  List<MatchAnalysis> analyse(long documentId, Locale source, List<Locale> targets) {
    return analyse(documentId, source, targets, /* writeDrafts= */ false);
  }

  private List<MatchAnalysis> analyse(
      long documentId, Locale source, List<Locale> targets, boolean writeDrafts) {
    List<MatchAnalysis> out = new ArrayList<>();
    for (Locale target : targets) {
      out.add(analyse(documentId, source, target, writeDrafts));
    }
    return out;
  }

  /**
   * Analyses the segments a page at a time ({@link SegmentCursor}), each with the one before and after
   * it, so a large version is never held whole: only the normalised keys seen so far (for the
   * repetitions) and the drafts to write are kept.
   */
  private MatchAnalysis analyse(
      long documentId, Locale source, Locale target, boolean writeDrafts) {
    DocumentSummary document = documents.existingDocument(Long.toString(documentId));
    int version = document.version();
    boolean gettext = isGettext(documents, document);
    MatchAnalysis.Tally tally = new MatchAnalysis.Tally();
    List<SegmentDraft> drafts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<String> before = Optional.empty();
    for (SegmentCursor segments = new SegmentCursor(documents, documentId, version, target);
        segments.hasNext(); ) {
      SegmentView segment = segments.next();
      Optional<String> after = segments.peek().map(s -> s.source().plainText());
      String key = ArabicNormaliser.normalise(segment.source());
      Optional<TmMatch> best =
          key.isEmpty()
              ? Optional.empty()
              : lookup(service, segment.source(), before, after, source, target, 1).stream()
                  .findFirst();
      int score = best.map(TmMatch::score).orElse(0);
      MatchBand band = MatchBand.ofScore(score);
      int form = PluralForms.formOf(gettext, segment.unitKey());
      String repeated = key + '\u0000' + form;
      if (score < TmMatch.EXACT && !key.isEmpty() && seen.contains(repeated)) {
        band = MatchBand.REPETITION;
      }
      seen.add(repeated);
      tally.add(band, segment.words());
      if (score >= TmMatch.EXACT && form == PluralForms.NOT_A_FORM) {
        TmMatch match = best.get();
        drafts.add(new SegmentDraft(segment.id(), match.id(), match.unit().target(), score));
      }
      before = Optional.of(segment.source().plainText());
    }
    int written = drafts.isEmpty() || !writeDrafts ? 0 : tm.writeDrafts(target, drafts);
    return tally.analysis(target, written);
  }

  /**
   * Whether the document's version ({@link DocumentSummary#versionId}) is a Gettext catalogue,
   * whose keys name plural forms.
   */
  static boolean isGettext(DocumentStore documents, DocumentSummary document) {
    return documents.detection(document.versionId()).format() == Format.PO;
  }

  /**
   * The best TM matches of segment {@code i} from {@value MatchBand#LOWEST_FUZZY}%, with its
   * neighbours as context.
   */
  static List<TmMatch> lookup(
      TmService service,
      List<SegmentView> segments,
      int i,
      Locale source,
      Locale target,
      int limit) {
    return lookup(
        service,
        segments.get(i).source(),
        plainAt(segments, i - 1),
        plainAt(segments, i + 1),
        source,
        target,
        limit);
  }

  /** The best TM matches of a source from {@value MatchBand#LOWEST_FUZZY}%, in its context. */
  static List<TmMatch> lookup(
      TmService service,
      Content text,
      Optional<String> before,
      Optional<String> after,
      Locale source,
      Locale target,
      int limit) {
    return service.lookup(
        text,
        source,
        target,
        Optional.of(new TmService.Context(before, after)),
        MatchBand.LOWEST_FUZZY,
        limit);
  }

  private static Optional<String> plainAt(List<SegmentView> segments, int i) {
    return i < 0 || i >= segments.size()
        ? Optional.empty()
        : Optional.of(segments.get(i).source().plainText());
  }
}
