package org.tarjuman.core.model;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The size of the translation memory.
 *
 * @param units all units
 * @param pairs the units per language pair, by source then target tag
 * @param bytesOnDisk the size of the workspace's database file (which holds the TM beside the
 *     documents), when the database is a local file; empty for a database server
 */
public record TmStats(long units, List<Pair> pairs, OptionalLong bytesOnDisk) {
  public TmStats {
    pairs = List.copyOf(pairs);
    Objects.requireNonNull(bytesOnDisk, "bytesOnDisk");
  }

  /** The same counts with the database's size on disk. */
  public TmStats withBytesOnDisk(OptionalLong bytes) {
    return new TmStats(units, pairs, bytes);
  }

  /**
   * The units of one language pair.
   *
   * @param source the source language
   * @param target the target language
   * @param units the number of units
   * @param oldest when the oldest unit of the pair was created
   * @param lastChanged when a unit of the pair last changed
   * @param origins the number of units per origin, in the order of {@link Origin}
   */
  public record Pair(
      Locale source,
      Locale target,
      long units,
      Instant oldest,
      Instant lastChanged,
      Map<Origin, Long> origins) {
    public Pair {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(oldest, "oldest");
      Objects.requireNonNull(lastChanged, "lastChanged");
      origins =
          origins.isEmpty()
              ? Map.of()
              : Collections.unmodifiableMap(new EnumMap<>(origins));
    }
  }
}
