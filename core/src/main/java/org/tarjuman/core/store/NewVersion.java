package org.tarjuman.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tarjuman.core.model.Detection;

/**
 * A document version about to be stored.
 *
 * @param name the document's name; an existing name gets a new version
 * @param source the source language
 * @param targets the target languages
 * @param detection what the file is
 * @param original the file whose bytes are stored as the version's original
 * @param sha256 the hex SHA-256 of those bytes
 */
public record NewVersion(
    String name,
    Locale source,
    List<Locale> targets,
    Detection detection,
    Path original,
    String sha256) {
  public NewVersion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    targets = List.copyOf(targets);
    Objects.requireNonNull(detection, "detection");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(sha256, "sha256");
  }
}
