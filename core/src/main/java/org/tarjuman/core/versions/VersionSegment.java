package org.tarjuman.core.versions;

import java.util.List;
import java.util.Objects;
import org.tarjuman.core.model.InlineCode;

/**
 * A segment as the version matcher sees it.
 *
 * @param id the segment's id
 * @param key the source's normalised matching key ({@code ArabicNormaliser})
 * @param codes the source's inline codes
 */
public record VersionSegment(long id, String key, List<InlineCode> codes) {
  public VersionSegment {
    Objects.requireNonNull(key, "key");
    codes = List.copyOf(codes);
  }
}
