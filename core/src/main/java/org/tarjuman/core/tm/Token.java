package org.tarjuman.core.tm;

import java.util.Objects;

/**
 * One token of a normalised matching key.
 *
 * @param text the token as it stands in the key
 * @param start where it starts in the key
 * @param end where it ends (exclusive) in the key
 * @param number true for a run of digits, which the fuzzy score weighs more
 */
public record Token(String text, int start, int end, boolean number) {
  public Token {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
    }
  }
}
