package org.tarjuman.core.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked to import.
 *
 * @param file the document
 * @param source the source language
 * @param targets the target languages
 * @param name the document's name; by default the file name
 * @param srx the user's SRX 2.0 rules, instead of Tarjuman's own
 */
public record ImportRequest(
    Path file, Locale source, List<Locale> targets, Optional<String> name, Optional<Path> srx) {
  public ImportRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    targets = List.copyOf(targets);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(srx, "srx");
  }

  /** The name the document is stored under. */
  public String documentName() {
    return name.filter(n -> !n.isBlank()).orElse(file.getFileName().toString());
  }
}
