package org.tarjuman.core.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.store.TmCandidate;
import org.tarjuman.core.store.TmStore;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.tm.MatchDiff;

/**
 * TM look-up as users see it: exact matches from the store's key index, raised to {@value
 * TmMatch#IN_CONTEXT} when the segments before and after match too, merged with the fuzzy matches
 * of the in-memory index, best first, each with the differences from the query ({@link MatchDiff}).
 * On equal scores the unit changed last comes first.
 */
public final class TmService {

  /**
   * Exact matches read per look-up, so that an in-context one is not cut off by other exact ones.
   */
  private static final int EXACT_READ = 50;

  private static final Comparator<TmMatch> BEST_FIRST =
      Comparator.comparingInt(TmMatch::score)
          .thenComparing(m -> m.unit().changed())
          .thenComparingLong(TmMatch::id)
          .reversed();

  private final TmStore store;

  public TmService(TmStore store) {
    this.store = store;
  }

  /**
   * The segments around a query, for in-context matches: the plain text of the segment before and
   * after it, empty at the start or end of a document.
   */
  public record Context(Optional<String> previous, Optional<String> next) {}

  /**
   * The best matches for a text.
   *
   * @param context the neighbouring segments, when the text is a segment of a document
   * @param minScore from 1 to 100
   * @param limit at least 1
   * @throws InvalidInputException for an empty text, a score outside 1-100 or a limit below 1
   */
  public List<TmMatch> lookup(
      Content text,
      Locale source,
      Locale target,
      Optional<Context> context,
      int minScore,
      int limit) {
    if (ArabicNormaliser.normalise(text).isEmpty()) {
      throw new InvalidInputException("nothing to look up in '" + text.plainText() + "'");
    }
    if (minScore < 1 || minScore > 100) {
      throw new InvalidInputException("--min must be 1 to 100, not " + minScore);
    }
    if (limit < 1) {
      throw new InvalidInputException("--limit must be at least 1, not " + limit);
    }
    Map<Long, TmMatch> byId = new LinkedHashMap<>();
    for (TmCandidate exact : store.exact(source, target, text, EXACT_READ)) {
      int score =
          exact.score() == TmMatch.EXACT && inContext(exact.unit(), context)
              ? TmMatch.IN_CONTEXT
              : exact.score();
      if (score >= minScore) {
        byId.put(exact.id(), match(text, exact, score));
      }
    }
    for (TmCandidate fuzzy : store.fuzzy(source, target, text, minScore, limit + byId.size())) {
      byId.putIfAbsent(fuzzy.id(), match(text, fuzzy, fuzzy.score()));
    }
    List<TmMatch> matches = new ArrayList<>(byId.values());
    matches.sort(BEST_FIRST);
    return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
  }

  /** True when the unit's neighbours are the context's (both absent counts as equal). */
  static boolean inContext(TmUnit unit, Optional<Context> context) {
    return context.isPresent()
        && sameKey(unit.previous(), context.get().previous())
        && sameKey(unit.next(), context.get().next());
  }

  private static boolean sameKey(Optional<String> a, Optional<String> b) {
    return a.map(ArabicNormaliser::normalise).equals(b.map(ArabicNormaliser::normalise));
  }

  private static TmMatch match(Content query, TmCandidate candidate, int score) {
    return new TmMatch(
        candidate.id(), candidate.unit(), score, MatchDiff.diff(query, candidate.unit().source()));
  }
}
