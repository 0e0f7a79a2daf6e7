package org.tarjuman.core.tm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.text.ArabicNormaliser;

/**
 * The fuzzy match score of a TM unit's source against a query, from 0 to 100.
 *
 * <p>Both texts are first reduced to their matching keys ({@link ArabicNormaliser}) and split into
 * tokens ({@link Tokeniser}). With {@code n} and {@code m} the token counts and {@code d} the
 * Levenshtein distance between the two token sequences (insert, delete and substitute one token
 * each cost 1):
 *
 * <pre>
 *   base    = floor(100 * (max(n, m) - d) / max(n, m))        (100 when both are empty)
 *   score   = max(0, base - 2 * numbers - 1 * codes)
 * </pre>
 *
 * where {@code numbers} is the size of the multiset symmetric difference of the two texts' number
 * tokens (a changed date or quantity is a likely mistranslation, so it costs more than a word) and
 * {@code codes} the size of the multiset symmetric difference of their inline codes, compared by
 * kind and type ({@code <b>} against none costs 2: the opening and the closing code). A score of
 * 100 therefore means the same key and the same inline codes. This is the score TMX 1.4b leaves to
 * the tool (TMX carries no match scores), in the spirit of the token-based scores of CAT tools.
 *
 * <p>Two properties the index relies on ({@link TmIndex}): penalties only lower the score, and
 * {@code base >= s} needs at least {@code ceil(s * max(n, m) / 100)} tokens in common (a multiset
 * intersection), because every token not in common costs at least one edit.
 */
public final class FuzzyScore {

  /** Points taken for each number present in one text and not in the other. */
  public static final int NUMBER_PENALTY = 2;

  /** Points taken for each inline code present in one text and not in the other. */
  public static final int CODE_PENALTY = 1;

  private FuzzyScore() {}

  /** The score of two texts with their inline codes, each given as its normalised key. */
  public static int score(
      String queryKey, List<InlineCode> queryCodes, String unitKey, List<InlineCode> unitCodes) {
    Map<String, Integer> ids = new HashMap<>();
    Map<Integer, Boolean> numbers = new HashMap<>();
    int[] query = intern(Tokeniser.tokens(queryKey), ids, numbers);
    int[] unit = intern(Tokeniser.tokens(unitKey), ids, numbers);
    return score(
        query,
        unit,
        codeIds(queryCodes, ids),
        codeIds(unitCodes, ids),
        id -> numbers.getOrDefault(id, false));
  }

  /**
   * The score of two interned token sequences.
   *
   * @param isNumber whether a token id stands for a number
   */
  public static int score(
      int[] query, int[] unit, int[] queryCodes, int[] unitCodes, IntPredicate isNumber) {
    int longest = Math.max(query.length, unit.length);
    int base = longest == 0 ? 100 : (int) (100L * (longest - distance(query, unit)) / longest);
    int numbers = symmetricDifference(numbersOf(query, isNumber), numbersOf(unit, isNumber));
    int codes =
        queryCodes.length == 0 || unitCodes.length == 0
            ? queryCodes.length + unitCodes.length
            : symmetricDifference(queryCodes.clone(), unitCodes.clone());
    return Math.max(0, base - NUMBER_PENALTY * numbers - CODE_PENALTY * codes);
  }

  /**
   * The fewest tokens in common a unit needs with a query of {@code n} tokens to reach {@code min}.
   */
  static int requiredCommon(int n, int minScore) {
    return Math.max(1, (int) Math.ceil(minScore * (double) n / 100));
  }

  /** True when token counts {@code n} and {@code m} allow a base score of {@code min}. */
  static boolean lengthsAllow(int n, int m, int minScore) {
    return 100L * Math.min(n, m) >= (long) minScore * Math.max(n, m);
  }

  /** Levenshtein distance over tokens, in two rows. */
  static int distance(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return Math.max(a.length, b.length);
    }
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      int ai = a[i - 1];
      for (int j = 1; j <= b.length; j++) {
        int substitute = previous[j - 1] + (ai == b[j - 1] ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length];
  }

  private static final int[] NONE = new int[0];

  /** The number tokens; a loop rather than a stream, as this runs for every candidate. */
  private static int[] numbersOf(int[] tokens, IntPredicate isNumber) {
    int count = 0;
    for (int token : tokens) {
      count += isNumber.test(token) ? 1 : 0;
    }
    if (count == 0) {
      return NONE;
    }
    int[] out = new int[count];
    int k = 0;
    for (int token : tokens) {
      if (isNumber.test(token)) {
        out[k++] = token;
      }
    }
    return out;
  }

  /** The size of the multiset symmetric difference; sorts both arrays. */
  private static int symmetricDifference(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return a.length + b.length;
    }
    Arrays.sort(a);
    Arrays.sort(b);
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return a.length + b.length - 2 * common;
  }

  /**
   * How codes are compared: by kind and type; the leading control character keeps it apart from
   * tokens.
   */
  static String codeKey(InlineCode code) {
    return "\u0001" + code.kind().name().charAt(0) + code.type();
  }

  private static int[] intern(
      List<Token> tokens, Map<String, Integer> ids, Map<Integer, Boolean> numbers) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      Token token = tokens.get(i);
      out[i] = ids.computeIfAbsent(token.text(), t -> ids.size());
      numbers.put(out[i], token.number());
    }
    return out;
  }

  private static int[] codeIds(List<InlineCode> codes, Map<String, Integer> ids) {
    return codes.stream().mapToInt(c -> ids.computeIfAbsent(codeKey(c), k -> ids.size())).toArray();
  }
}
