package org.tarjuman.core.tm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which store ids an index has read, so that it can tell which ids below the highest one it has
 * not: the ids of rows still being written by another transaction when it read past them (a long
 * import allocates its ids first and commits last), of rows it left for later on purpose, or of
 * rows that will never exist (a rolled-back transaction). Ids are positive and below {@link
 * Integer#MAX_VALUE}; one bit each, so a million ids take 125 KB. Thread-safe.
 */
public final class IdCoverage {

  private final BitSet read = new BitSet();

  /**
   * Records an id as read.
   *
   * @return whether it was new
   * @throws IllegalArgumentException when the id is not from 1 to {@code Integer.MAX_VALUE - 1}
   */
  public synchronized boolean markRead(long id) {
    if (id < 1 || id >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("id " + id + " is outside 1 to " + Integer.MAX_VALUE);
    }
    if (read.get((int) id)) {
      return false;
    }
    read.set((int) id);
    return true;
  }

  /** The highest id read, or 0. */
  public synchronized long highest() {
    return Math.max(0, read.length() - 1);
  }

  /** The number of ids read from {@code from} to {@code to}, both included. */
  public synchronized long countBetween(long from, long to) {
    int end = (int) Math.min(to + 1, Integer.MAX_VALUE);
    int start = (int) Math.max(0, Math.min(from, end));
    return read.get(start, end).cardinality();
  }

  /** The lowest id not read, from 1. */
  public synchronized long firstUnread() {
    return read.nextClearBit(1);
  }

  /** Whether some id below the highest one read has not been read. */
  public synchronized boolean hasGaps() {
    return read.cardinality() < highest();
  }

  /**
   * The ranges of ids from 1 to {@code upTo} not read, in order; two ranges with fewer than {@code
   * bridge} read ids between them are one range (which then includes those read ids), so that a
   * reader asks for fewer ranges when unread ids are scattered.
   */
  public synchronized List<Range> unread(long upTo, int bridge) {
    List<Range> ranges = new ArrayList<>();
    int end = (int) Math.min(upTo + 1, Integer.MAX_VALUE);
    int from = read.nextClearBit(1);
    while (from < end) {
      int to = Math.min(read.nextSetBit(from) < 0 ? end : read.nextSetBit(from), end) - 1;
      Range last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
      if (last != null && from - last.to() - 1 < bridge) {
        ranges.set(ranges.size() - 1, new Range(last.from(), to));
      } else {
        ranges.add(new Range(from, to));
      }
      from = read.nextClearBit(to + 1);
    }
    return ranges;
  }

  /** The ids from {@code from} to {@code to}, both included. */
  public record Range(long from, long to) {
    /** Checks that the range is not empty. */
    public Range {
      if (from < 1 || to < from) {
        throw new IllegalArgumentException("empty id range " + from + ".." + to);
      }
    }
  }
}
