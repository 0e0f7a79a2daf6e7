package org.tarjuman.core.tm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import org.tarjuman.core.model.InlineCode;

/**
 * An in-memory inverted index of the TM units of one language pair that finds every unit whose
 * {@link FuzzyScore} against a query reaches a minimum, without scoring the whole TM.
 *
 * <p>Each unit is kept as an array of interned token ids (and one of inline-code ids); each token
 * id has a posting list of the units containing it. A search uses prefix filtering, as in
 * set-similarity joins (Chaudhuri, Ganti and Kaushik, ICDE 2006): a unit scoring at least {@code
 * min} against a query of {@code n} tokens shares at least {@code t = ceil(min * n / 100)} token
 * occurrences with it ({@link FuzzyScore}), so it must contain one of the query's {@code n - t + 1}
 * rarest token occurrences. Only the posting lists of those rare tokens are read; each unit found
 * there is checked against the length bound and the common-token bound (both with the worst score
 * of the best list so far once it is full) and then scored exactly. The search is therefore exact
 * (no unit at or above {@code min} is missed) and fast because rare tokens have short lists.
 *
 * <p>Memory: about 4 bytes per token occurrence for the unit arrays, as much again for the
 * postings, plus one dictionary entry per distinct token; a million units of twenty tokens need
 * about 250 MB. Searches and additions are synchronised; searches share one scratch array.
 */
public final class TmIndex {

  private static final int[] NONE = new int[0];
  private static final Comparator<IndexHit> WORST_FIRST =
      Comparator.comparingInt(IndexHit::score).thenComparingLong(IndexHit::id);

  private final Map<String, Integer> dictionary = new HashMap<>();
  private final BitSet numbers = new BitSet();
  private int[][] postings = new int[1024][];
  private int[] postingSizes = new int[1024];
  private long[] ids = new long[1024];
  private int[][] tokens = new int[1024][];
  private int[][] codes = new int[1024][];
  private int[] seen = new int[1024];
  private int[] queryCounts = new int[1024];
  private int[] taken = new int[64];
  private int epoch;
  private int size;

  /** Adds a unit: its store id, its normalised source key and its source's inline codes. */
  public synchronized void add(long id, String key, List<InlineCode> inlineCodes) {
    if (size == ids.length) {
      int capacity = size + (size >> 1);
      ids = Arrays.copyOf(ids, capacity);
      tokens = Arrays.copyOf(tokens, capacity);
      codes = Arrays.copyOf(codes, capacity);
      seen = Arrays.copyOf(seen, capacity);
    }
    int[] unitTokens = internTokens(key, /* add= */ true, new BitSet());
    ids[size] = id;
    tokens[size] = unitTokens;
    codes[size] = internCodes(inlineCodes, /* add= */ true);
    for (int token : distinct(unitTokens)) {
      post(token, size);
    }
    size++;
  }

  /** The number of units indexed. */
  public synchronized int size() {
    return size;
  }

  /**
   * The best units scoring at least {@code minScore}, best first (ties: the later unit first).
   *
   * @param minScore from 1 to 100
   * @param limit at least 1
   */
  public synchronized List<IndexHit> search(
      String key, List<InlineCode> inlineCodes, int minScore, int limit) {
    if (minScore < 1 || minScore > 100 || limit < 1) {
      throw new IllegalArgumentException("min " + minScore + ", limit " + limit);
    }
    BitSet unknownNumbers = new BitSet();
    int[] query = internTokens(key, /* add= */ false, unknownNumbers);
    int[] queryCodes = internCodes(inlineCodes, /* add= */ false);
    IntPredicate isNumber = id -> id >= 0 ? numbers.get(id) : unknownNumbers.get(-1 - id);
    PriorityQueue<IndexHit> best = new PriorityQueue<>(WORST_FIRST);
    if (query.length == 0) {
      return List.of();
    }
    epoch++;
    countQuery(query, +1);
    try {
      for (int token : rarestPrefix(query, minScore)) {
        for (int k = 0; k < postingSizes[token]; k++) {
          int unit = postings[token][k];
          if (seen[unit] != epoch) {
            seen[unit] = epoch;
            consider(unit, query, queryCodes, isNumber, minScore, limit, best);
          }
        }
      }
    } finally {
      countQuery(query, -1);
    }
    List<IndexHit> hits = new ArrayList<>(best);
    hits.sort(WORST_FIRST.reversed());
    return hits;
  }

  private void consider(
      int unit,
      int[] query,
      int[] queryCodes,
      IntPredicate isNumber,
      int min,
      int limit,
      PriorityQueue<IndexHit> best) {
    // Once the best list is full, a unit must reach its worst score to enter it.
    int threshold = best.size() < limit ? min : Math.max(min, best.peek().score());
    int[] unitTokens = tokens[unit];
    if (!FuzzyScore.lengthsAllow(query.length, unitTokens.length, threshold)
        || common(unitTokens)
            < FuzzyScore.requiredCommon(Math.max(query.length, unitTokens.length), threshold)) {
      return;
    }
    int score = FuzzyScore.score(query, unitTokens, queryCodes, codes[unit], isNumber);
    if (score < min) {
      return;
    }
    best.add(new IndexHit(ids[unit], score));
    if (best.size() > limit) {
      best.poll();
    }
  }

  /** Adds {@code delta} to the query's count of each of its known tokens. */
  private void countQuery(int[] query, int delta) {
    if (queryCounts.length < postings.length) {
      queryCounts = Arrays.copyOf(queryCounts, postings.length);
    }
    for (int token : query) {
      if (token >= 0) {
        queryCounts[token] += delta;
      }
    }
  }

  /**
   * The size of the multiset intersection of a unit's tokens with the query's, in time linear in
   * the unit's length (cheaper than the edit distance it bounds); leaves the counts as it found
   * them.
   */
  private int common(int[] unitTokens) {
    if (taken.length < unitTokens.length) {
      taken = new int[unitTokens.length];
    }
    int common = 0;
    for (int token : unitTokens) {
      if (queryCounts[token] > 0) {
        queryCounts[token]--;
        taken[common++] = token;
      }
    }
    for (int k = 0; k < common; k++) {
      queryCounts[taken[k]]++;
    }
    return common;
  }

  /** The distinct known tokens among the query's {@code n - t + 1} rarest occurrences. */
  private int[] rarestPrefix(int[] query, int minScore) {
    int prefix = query.length - FuzzyScore.requiredCommon(query.length, minScore) + 1;
    int[] byRarity =
        Arrays.stream(query)
            .boxed()
            .sorted(Comparator.comparingInt(t -> t < 0 ? -1 : postingSizes[t]))
            .mapToInt(Integer::intValue)
            .toArray();
    return distinct(Arrays.stream(byRarity, 0, prefix).filter(t -> t >= 0).toArray());
  }

  /**
   * Token ids of a key. Unless {@code add}, unknown tokens get distinct negative ids {@code -1 -
   * k}, and {@code unknownNumbers} gets {@code k} set for those that are numbers.
   */
  private int[] internTokens(String key, boolean add, BitSet unknownNumbers) {
    List<Token> list = Tokeniser.tokens(key);
    int[] out = new int[list.size()];
    int unknown = 0;
    for (int i = 0; i < out.length; i++) {
      Token token = list.get(i);
      Integer id = add ? Integer.valueOf(intern(token.text())) : dictionary.get(token.text());
      if (id == null) {
        unknownNumbers.set(unknown, token.number());
        out[i] = -1 - unknown++;
      } else {
        out[i] = id;
        numbers.set(id, numbers.get(id) || (add && token.number()));
      }
    }
    return out;
  }

  private int[] internCodes(List<InlineCode> inlineCodes, boolean add) {
    if (inlineCodes.isEmpty()) {
      return NONE;
    }
    int[] out = new int[inlineCodes.size()];
    int unknown = 0;
    for (int i = 0; i < out.length; i++) {
      String codeKey = FuzzyScore.codeKey(inlineCodes.get(i));
      Integer id = add ? Integer.valueOf(intern(codeKey)) : dictionary.get(codeKey);
      // A code no unit has: it counts as a difference against every unit.
      out[i] = id == null ? -1 - unknown++ : id;
    }
    return out;
  }

  private int intern(String text) {
    Integer id = dictionary.get(text);
    if (id != null) {
      return id;
    }
    int next = dictionary.size();
    dictionary.put(text, next);
    if (next == postings.length) {
      postings = Arrays.copyOf(postings, next * 2);
      postingSizes = Arrays.copyOf(postingSizes, next * 2);
    }
    return next;
  }

  private void post(int token, int unit) {
    int[] list = postings[token];
    int n = postingSizes[token];
    if (list == null) {
      list = new int[4];
    } else if (n == list.length) {
      list = Arrays.copyOf(list, n + (n >> 1) + 1);
    }
    list[n] = unit;
    postings[token] = list;
    postingSizes[token] = n + 1;
  }

  private static int[] distinct(int[] values) {
    return Arrays.stream(values).distinct().toArray();
  }
}
