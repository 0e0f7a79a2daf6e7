package org.tarjuman.core.workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.MatchBand;
import org.tarjuman.core.model.MatchSuggestion;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.SegmentCursor;
import org.tarjuman.core.store.SegmentDraft;
import org.tarjuman.core.store.TmStore;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.text.PluralForms;
import org.tarjuman.core.tm.IndexHit;
import org.tarjuman.core.tm.TmIndex;

/**
 * Prepares a document version's untranslated segments (no translation into the target at all) for
 * an export, as CAT tools pre-translate:
 *
 * <ul>
 *   <li>an exact (100) or in-context (101) TM match is written as a draft translation, origin
 *       {@code tm-exact}, all drafts in one transaction ({@link TmStore#writeDrafts});
 *   <li>the other segments get up to {@value #SUGGESTIONS} suggestions, best first, from {@value
 *       MatchBand#LOWEST_FUZZY}%: fuzzy TM matches (origin {@code tm-fuzzy}) and segments of the
 *       same version whose source is equal or similar and that have a translation (origin {@code
 *       repetition}; a near-repetition below 100). Suggestions are never stored as targets.
 * </ul>
 *
 * <p>In a Gettext catalogue a plural form ({@link PluralForms#formOf}) is offered only the
 * translations of the same form of other entries as repetitions, never its own entry's other
 * forms, and gets no TM draft: an exact TM match is offered as a suggestion (origin {@code
 * tm-exact}, 100), since the TM does not know which plural category a unit translates.
 *
 * <p>Near-repetitions are found with an in-memory {@link TmIndex} over the version's translated
 * segments, keyed by segment id, so they cost no query. The TM is asked two queries per untranslated
 * segment (exact look-up, then the rows of the fuzzy hits), and not at all when it holds no unit of
 * the language pair.
 */
public final class Pretranslation {

  /** The most suggestions offered per segment. */
  public static final int SUGGESTIONS = 3;

  private final TmStore tm;
  private final TmService service;

  Pretranslation(TmStore tm, TmService service) {
    this.tm = tm;
    this.service = service;
  }

  /**
   * What an export of these segments gets.
   *
   * @param drafts the drafts written, by segment id
   * @param suggestions the suggestions of segments still without a translation, by segment id
   */
  public record Prepared(
      Map<Long, TranslationView> drafts, Map<Long, List<MatchSuggestion>> suggestions) {
    public Prepared {
      drafts = Map.copyOf(drafts);
      suggestions =
          suggestions.entrySet().stream()
              .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }
  }

  /**
   * Fills in exact TM matches and finds suggestions for the segments of one document version into
   * {@code target}, reading them from the store a page at a time ({@link SegmentCursor}) instead
   * of holding them all: a first pass counts the untranslated segments (with none, there is nothing
   * to do); with some, a second pass indexes the translated ones for near-repetitions, and a
   * third looks up the untranslated ones, each with its neighbours as TM context, when the TM has
   * the language pair or there are near-repetitions to find.
   *
   * @param document the document, with the version to read (its {@code version} and {@code
   *     versionId}), even if a newer one is imported meanwhile
   */
  public Prepared prepare(DocumentStore documents, DocumentSummary document, Locale target) {
    Locale source = document.source();
    Supplier<SegmentCursor> pages =
        () -> new SegmentCursor(documents, document.id(), document.version(), target);
    boolean untranslated = false;
    boolean translated = false;
    for (SegmentCursor segments = pages.get(); segments.hasNext(); ) {
      boolean has = translationOf(segments.next(), target).isPresent();
      translated |= has;
      untranslated |= !has;
    }
    if (!untranslated) {
      return new Prepared(Map.of(), Map.of());
    }
    boolean tmHasPair =
        tm.stats().pairs().stream()
            .anyMatch(p -> p.source().equals(source) && p.target().equals(target));
    if (!tmHasPair && !translated) {
      return new Prepared(Map.of(), Map.of());
    }
    Repetitions repetitions = new Repetitions(target, Leverage.isGettext(documents, document));
    pages.get().forEachRemaining(repetitions::add);
    List<SegmentDraft> drafts = new ArrayList<>();
    Map<Long, List<MatchSuggestion>> suggestions = new HashMap<>();
    Optional<String> before = Optional.empty();
    for (SegmentCursor segments = pages.get(); segments.hasNext(); ) {
      SegmentView segment = segments.next();
      Optional<String> after = segments.peek().map(s -> s.source().plainText());
      if (translationOf(segment, target).isEmpty()
          && !ArabicNormaliser.normalise(segment.source()).isEmpty()) {
        List<TmMatch> matches =
            tmHasPair
                ? Leverage.lookup(
                    service, segment.source(), before, after, source, target, SUGGESTIONS)
                : List.of();
        prepareOne(segment, matches, repetitions, drafts, suggestions);
      }
      before = Optional.of(segment.source().plainText());
    }
    return new Prepared(write(drafts, target), suggestions);
  }

  /** Notes a draft for an exact match, or the suggestions for the segment. */
  private static void prepareOne(
      SegmentView segment,
      List<TmMatch> matches,
      Repetitions repetitions,
      List<SegmentDraft> drafts,
      Map<Long, List<MatchSuggestion>> suggestions) {
    if (!matches.isEmpty()
        && matches.get(0).score() >= TmMatch.EXACT
        && repetitions.pluralForm(segment) == PluralForms.NOT_A_FORM) {
      TmMatch best = matches.get(0);
      drafts.add(new SegmentDraft(segment.id(), best.id(), best.unit().target(), best.score()));
      return;
    }
    List<MatchSuggestion> offered = suggestions(repetitions.similarTo(segment), matches);
    if (!offered.isEmpty()) {
      suggestions.put(segment.id(), offered);
    }
  }

  /** Near-repetitions and fuzzy TM matches: best first, without repeats, at most three. */
  private static List<MatchSuggestion> suggestions(
      List<MatchSuggestion> repetitions, List<TmMatch> matches) {
    List<MatchSuggestion> offered = new ArrayList<>(repetitions);
    for (TmMatch match : matches) {
      // An exact match is offered, not drafted, only to a plural form.
      boolean exact = match.score() >= TmMatch.EXACT;
      offered.add(
          new MatchSuggestion(
              match.unit().source(),
              match.unit().target(),
              Math.min(match.score(), TmMatch.EXACT),
              exact ? Origin.TM_EXACT : Origin.TM_FUZZY));
    }
    List<MatchSuggestion> distinct = distinct(offered);
    return distinct.subList(0, Math.min(SUGGESTIONS, distinct.size()));
  }

  /**
   * Best first; a TM unit that repeats a suggestion already made (the same normalised source and
   * target, e.g. the TM unit made from the very segment offered as a near-repetition) is dropped.
   */
  private static List<MatchSuggestion> distinct(List<MatchSuggestion> offered) {
    List<MatchSuggestion> sorted = new ArrayList<>(offered);
    sorted.sort(Comparator.comparingInt(MatchSuggestion::score).reversed());
    Set<String> seen = new HashSet<>();
    List<MatchSuggestion> out = new ArrayList<>();
    for (MatchSuggestion s : sorted) {
      if (seen.add(ArabicNormaliser.normalise(s.source()) + '\u0000' + s.target().coded())) {
        out.add(s);
      }
    }
    return out;
  }

  private Map<Long, TranslationView> write(List<SegmentDraft> drafts, Locale target) {
    if (drafts.isEmpty() || tm.writeDrafts(target, drafts) == 0) {
      return Map.of();
    }
    Instant now = Instant.now();
    Map<Long, TranslationView> out = new HashMap<>();
    for (SegmentDraft draft : drafts) {
      out.put(
          draft.segmentId(),
          new TranslationView(
              target, draft.target(), Status.DRAFT, Origin.TM_EXACT, draft.score(), now));
    }
    return out;
  }

  static Optional<TranslationView> translationOf(SegmentView segment, Locale target) {
    return segment.translation(target).filter(t -> !t.content().coded().isEmpty());
  }

  /**
   * The version's translated segments, indexed for near-repetition search: one index per plural
   * form, so that a form is offered only the same form of other entries (an ordinary string is
   * form {@link PluralForms#NOT_A_FORM}).
   */
  private static final class Repetitions {
    private final Map<Integer, TmIndex> indexes = new HashMap<>();
    private final Map<Long, SegmentView> byId = new HashMap<>();
    private final Locale target;
    private final boolean gettext;

    Repetitions(Locale target, boolean gettext) {
      this.target = target;
      this.gettext = gettext;
    }

    int pluralForm(SegmentView segment) {
      return PluralForms.formOf(gettext, segment.unitKey());
    }

    /** Indexes a segment if it has a translation. */
    void add(SegmentView segment) {
      String key = ArabicNormaliser.normalise(segment.source());
      if (!key.isEmpty() && translationOf(segment, target).isPresent()) {
        indexes
            .computeIfAbsent(pluralForm(segment), form -> new TmIndex())
            .add(segment.id(), key, segment.source().codes());
        byId.put(segment.id(), segment);
      }
    }

    List<MatchSuggestion> similarTo(SegmentView segment) {
      TmIndex index = indexes.get(pluralForm(segment));
      if (index == null || index.size() == 0) {
        return List.of();
      }
      List<MatchSuggestion> out = new ArrayList<>();
      String key = ArabicNormaliser.normalise(segment.source());
      for (IndexHit hit :
          index.search(key, segment.source().codes(), MatchBand.LOWEST_FUZZY, SUGGESTIONS)) {
        SegmentView other = byId.get(hit.id());
        Content translation = translationOf(other, target).orElseThrow().content();
        out.add(new MatchSuggestion(other.source(), translation, hit.score(), Origin.REPETITION));
      }
      return out;
    }
  }
}
