package org.tarjuman.xliff.model;

import java.util.Optional;

/**
 * The id of an exported unit: {@code s} followed by the stored segment's id ({@code s1042}).
 *
 * <p>The id depends on nothing but the segment, so exporting twice gives the same ids, and a unit
 * that comes back names the segment it belongs to. Both {@code trans-unit/@id} (XLIFF 1.2
 * §trans-unit, any string) and {@code unit/@id} (XLIFF 2.1 §4.2.2, an NMTOKEN) accept it.
 *
 * @param segmentId the stored segment's id
 */
public record UnitId(long segmentId) {

  private static final String PREFIX = "s";
  private static final int MAX_DIGITS = 18;

  public UnitId {
    if (segmentId < 0) {
      throw new IllegalArgumentException("segment id < 0: " + segmentId);
    }
  }

  /** The id as written in the file. */
  public String value() {
    return PREFIX + segmentId;
  }

  /** The unit id an exported file carries, or empty when Tarjuman did not make the id. */
  public static Optional<UnitId> parse(String value) {
    if (value == null || !value.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String digits = value.substring(PREFIX.length());
    boolean canonical =
        !digits.isEmpty()
            && digits.length() <= MAX_DIGITS
            && digits.chars().allMatch(c -> c >= '0' && c <= '9')
            && (digits.length() == 1 || digits.charAt(0) != '0');
    return canonical ? Optional.of(new UnitId(Long.parseLong(digits))) : Optional.empty();
  }

  @Override
  public String toString() {
    return value();
  }
}
