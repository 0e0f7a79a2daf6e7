package org.tarjuman.core.model;

import java.util.Arrays;

/**
 * A set of ids (non-negative longs) kept as primitive longs in one open-addressing table (linear
 * probing, at most half full), for the hundreds of thousands of segment and unit ids a large import
 * notes: about 8 to 16 bytes an id, where a {@code HashSet<Long>} takes about 50.
 */
public final class IdSet {

  private static final long FREE = -1;

  private long[] slots = newSlots(1 << 10);
  private int size;

  /**
   * Adds an id; false when it was there already.
   *
   * @throws IllegalArgumentException for a negative id
   */
  public boolean add(long id) {
    if (id < 0) {
      throw new IllegalArgumentException("a negative id: " + id);
    }
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    if (!insert(slots, id)) {
      return false;
    }
    size++;
    return true;
  }

  /** Whether the id was added. */
  public boolean contains(long id) {
    int mask = slots.length - 1;
    for (int i = slot(id, mask); slots[i] != FREE; i = (i + 1) & mask) {
      if (slots[i] == id) {
        return true;
      }
    }
    return false;
  }

  /** How many ids were added. */
  public int size() {
    return size;
  }

  /** Removes every id. */
  public void clear() {
    slots = newSlots(1 << 10);
    size = 0;
  }

  private void grow() {
    long[] larger = newSlots(slots.length * 2);
    for (long id : slots) {
      if (id != FREE) {
        insert(larger, id);
      }
    }
    slots = larger;
  }

  private static boolean insert(long[] table, long id) {
    int mask = table.length - 1;
    int i = slot(id, mask);
    while (table[i] != FREE) {
      if (table[i] == id) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = id;
    return true;
  }

  /** Spreads consecutive ids over the table (the 64-bit golden-ratio multiplier). */
  private static int slot(long id, int mask) {
    return (int) ((id * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  private static long[] newSlots(int count) {
    long[] slots = new long[count];
    Arrays.fill(slots, FREE);
    return slots;
  }
}
