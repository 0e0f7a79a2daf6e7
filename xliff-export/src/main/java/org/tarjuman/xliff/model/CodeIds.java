package org.tarjuman.xliff.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns the inline-code ids of one unit of a returned file into the model's integer ids.
 *
 * <p>Tarjuman writes each code's stored integer id (XLIFF 1.2 §ph and the other inline elements,
 * XLIFF 2.1 §4.2.3), so an integer id is taken as it is. Any other id, which only a tool could have
 * made up, gets a negative number, the same one each time within the unit (so that an opening and a
 * closing code still pair); negative ids match no stored code, and the comparison reports them.
 */
public final class CodeIds {

  private final Map<String, Integer> foreign = new HashMap<>();

  /** The integer id for an id as written in the file. */
  public int idOf(String id) {
    String trimmed = id == null ? "" : id.trim();
    if (!trimmed.isEmpty()
        && trimmed.length() <= 9
        && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Integer.parseInt(trimmed);
    }
    return foreign.computeIfAbsent(trimmed, k -> -1 - foreign.size());
  }
}
