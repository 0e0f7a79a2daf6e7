package org.tarjuman.core.store;

import java.util.Objects;
import java.util.Optional;
import org.tarjuman.core.model.VersionChanges;

/**
 * What storing a version wrote.
 *
 * @param documentId the document's id
 * @param versionId the new version's id
 * @param version the new version's number, from 1
 * @param units the units stored
 * @param segments the segments stored
 * @param words the words of those segments
 * @param changes how the version differs from the previous one; empty for a first version
 */
public record StoredVersion(
    long documentId,
    long versionId,
    int version,
    int units,
    int segments,
    long words,
    Optional<VersionChanges> changes) {
  public StoredVersion {
    Objects.requireNonNull(changes, "changes");
  }

  /** A version without changes to report (yet). */
  public StoredVersion(
      long documentId, long versionId, int version, int units, int segments, long words) {
    this(documentId, versionId, version, units, segments, words, Optional.empty());
  }

  /** This version with its changes against the previous one. */
  public StoredVersion withChanges(Optional<VersionChanges> versionChanges) {
    return new StoredVersion(
        documentId, versionId, version, units, segments, words, versionChanges);
  }
}
