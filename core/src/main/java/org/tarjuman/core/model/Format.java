package org.tarjuman.core.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The document formats Tarjuman imports and merges back, by IANA media type. */
public enum Format {
  PLAIN_TEXT("text/plain", "plain text"),
  HTML("text/html", "HTML"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");

  private final String mediaType;
  private final String displayName;

  Format(String mediaType, String displayName) {
    this.mediaType = mediaType;
    this.displayName = displayName;
  }

  public String mediaType() {
    return mediaType;
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<Format> forMediaType(String mediaType) {
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
  }

  /** "plain text, HTML, DOCX": for error messages. */
  public static String supportedList() {
    return Arrays.stream(values()).map(Format::displayName).collect(Collectors.joining(", "));
  }
}
