package org.tarjuman.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The document formats Tarjuman imports and merges back, by IANA media type (or the type Apache
 * Tika, and Tarjuman's additions to it, give the format). Software string formats carry resource
 * keys: each unit's key names the string (a property key, a JSON path, an Android string's name, a
 * PO entry's context or message id), and is written as the unit's {@code resname} in XLIFF.
 */
public enum Format {
  PLAIN_TEXT("text/plain", "plain text", false),
  HTML("text/html", "HTML", false),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", false),
  MARKDOWN("text/markdown", "Markdown", false),
  PO("text/x-gettext-translation", "Gettext PO", true),
  PROPERTIES("text/x-java-properties", "Java properties", true),
  JSON("application/json", "JSON", true),
  YAML("text/x-yaml", "YAML", true),
  ANDROID_STRINGS("application/x-android-strings+xml", "Android strings.xml", true),
  XML("application/xml", "XML (ITS)", false),
  XLIFF("application/x-xliff+xml", "XLIFF 1.2", true),
  XLIFF2("application/xliff+xml", "XLIFF 2", true);

  private final String mediaType;
  private final String displayName;
  private final boolean resourceKeys;

  Format(String mediaType, String displayName, boolean resourceKeys) {
    this.mediaType = mediaType;
    this.displayName = displayName;
    this.resourceKeys = resourceKeys;
  }

  public String mediaType() {
    return mediaType;
  }

  public String displayName() {
    return displayName;
  }

  /** Whether a unit's key is a resource key that names the string, rather than a filter's count. */
  public boolean hasResourceKeys() {
    return resourceKeys;
  }

  /**
   * Whether the format is a file of software strings, where each key names exactly one string: the
   * keyed formats except XLIFF, which may repeat a {@code resname}. Such a string is one segment,
   * and a new version's strings are matched to the old ones by key first.
   */
  public boolean hasUniqueKeys() {
    return resourceKeys && this != XLIFF && this != XLIFF2;
  }

  public static Optional<Format> forMediaType(String mediaType) {
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
  }

  /** The format stored under a name ({@link #name()}), if this version of Tarjuman knows it. */
  public static Optional<Format> forName(String name) {
    return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
  }

  /** "plain text, HTML, DOCX, …": for error messages. */
  public static String supportedList() {
    return Arrays.stream(values()).map(Format::displayName).collect(Collectors.joining(", "));
  }

  /** The formats whose units have resource keys. */
  public static List<Format> withResourceKeys() {
    return Arrays.stream(values()).filter(Format::hasResourceKeys).toList();
  }
}
