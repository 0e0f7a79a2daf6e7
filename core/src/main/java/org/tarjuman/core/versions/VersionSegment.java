package org.tarjuman.core.versions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tarjuman.core.model.InlineCode;

/**
 * A segment as the version matcher sees it.
 *
 * @param id the segment's id
 * @param key the source's normalised matching key ({@code ArabicNormaliser})
 * @param codes the source's inline codes
 * @param resourceKey the key that names the segment's string in a file of software strings
 *     (property key, JSON path, PO context or message id), with the segment's place in its unit when
 *     that is not the first; empty in documents, where a unit's key is only the filter's count
 */
public record VersionSegment(
    long id, String key, List<InlineCode> codes, Optional<String> resourceKey) {
  public VersionSegment {
    Objects.requireNonNull(key, "key");
    codes = List.copyOf(codes);
    Objects.requireNonNull(resourceKey, "resourceKey");
  }

  /** A segment of a document without resource keys. */
  public VersionSegment(long id, String key, List<InlineCode> codes) {
    this(id, key, codes, Optional.empty());
  }
}
