package org.tarjuman.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A normalised text that remembers, for each of its characters, which characters of the original
 * text it came from, so that a match found in the normalised text can be shown in the original.
 */
public final class NormalisedText {

  private final String text;
  private final int[] starts;
  private final int[] ends;

  NormalisedText(String text, int[] starts, int[] ends) {
    this.text = Objects.requireNonNull(text, "text");
    if (starts.length != text.length() || ends.length != text.length()) {
      throw new IllegalArgumentException("one source range per normalised character");
    }
    this.starts = starts.clone();
    this.ends = ends.clone();
  }

  /** The normalised text, as {@link ArabicNormaliser#normalise(String)} returns it. */
  public String text() {
    return text;
  }

  /**
   * Where the normalised characters {@code [start, end)} came from in the original text.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start < end <= text().length()}
   */
  public Range sourceRange(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    if (start == end) {
      throw new IndexOutOfBoundsException("empty range at " + start);
    }
    return new Range(starts[start], ends[end - 1]);
  }

  /**
   * A range of the original text.
   *
   * @param start the first character
   * @param end the character after the last one
   */
  public record Range(int start, int end) {}

  @Override
  public boolean equals(Object other) {
    return other instanceof NormalisedText that
        && text.equals(that.text)
        && Arrays.equals(starts, that.starts)
        && Arrays.equals(ends, that.ends);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
