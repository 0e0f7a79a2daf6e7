package org.tarjuman.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The size of the translation memory.
 *
 * @param units all units
 * @param pairs the units per language pair, by source then target tag
 */
public record TmStats(long units, List<Pair> pairs) {
  public TmStats {
    pairs = List.copyOf(pairs);
  }

  /**
   * The units of one language pair.
   *
   * @param source the source language
   * @param target the target language
   * @param units the number of units
   * @param lastChanged when a unit of the pair last changed
   */
  public record Pair(Locale source, Locale target, long units, Instant lastChanged) {
    public Pair {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(lastChanged, "lastChanged");
    }
  }
}
