package org.tarjuman.core.versions;

import java.util.ArrayList;
import java.util.List;

/** The longest increasing subsequence of a sequence, in O(n log n) (patience sorting). */
final class InOrder {

  private InOrder() {}

  /**
   * Which entries belong to one longest strictly increasing subsequence of the non-negative
   * values; negative values (no value) never do.
   */
  static boolean[] longestIncreasing(int[] values) {
    List<Integer> tails = new ArrayList<>(); // index of the smallest tail of each length
    int[] previous = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0) {
        continue;
      }
      int low = 0;
      int high = tails.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (values[tails.get(mid)] < values[i]) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      previous[i] = low > 0 ? tails.get(low - 1) : -1;
      if (low == tails.size()) {
        tails.add(i);
      } else {
        tails.set(low, i);
      }
    }
    boolean[] in = new boolean[values.length];
    for (int i = tails.isEmpty() ? -1 : tails.get(tails.size() - 1); i >= 0; i = previous[i]) {
      in[i] = true;
    }
    return in;
  }
}
