package org.tarjuman.xliff.model;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.tarjuman.core.InvalidInputException;

/** The XLIFF versions Tarjuman writes: XLIFF 1.2 (OASIS Standard 2008) and XLIFF 2.1 (2018). */
public enum XliffVersion {
  V1_2("1.2"),
  V2_1("2.1");

  private final String label;

  XliffVersion(String label) {
    this.label = label;
  }

  /** The version as users type it and as the {@code version} attribute carries it. */
  public String label() {
    return label;
  }

  /**
   * The version for a label such as {@code 1.2} or {@code 2.1}.
   *
   * @throws InvalidInputException for any other label
   */
  public static XliffVersion fromLabel(String label) {
    String trimmed = label == null ? "" : label.trim();
    return Arrays.stream(values())
        .filter(v -> v.label.equals(trimmed))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "unknown XLIFF version '"
                        + trimmed
                        + "'; use one of "
                        + Arrays.stream(values())
                            .map(XliffVersion::label)
                            .collect(Collectors.joining(", "))));
  }
}
