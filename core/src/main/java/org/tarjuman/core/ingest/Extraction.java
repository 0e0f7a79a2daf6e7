package org.tarjuman.core.ingest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.tarjuman.core.model.SkipReason;

/**
 * What an extraction found besides its units.
 *
 * @param skipped the strings left out, by reason: text units the filter marked as not to translate
 *     ({@code translate="no"}, Okapi's own rules), elements an ITS rule excludes ({@code
 *     its:translate="no"}, Android {@code translatable="false"}), and units whose text is empty
 * @param pluralForms the most plural forms a Gettext entry has in the file; 0 when there are no
 *     plural entries
 */
public record Extraction(Map<SkipReason, Integer> skipped, int pluralForms) {
  public Extraction {
    if (pluralForms < 0 || skipped.values().stream().anyMatch(n -> n < 0)) {
      throw new IllegalArgumentException("negative count");
    }
    Map<SkipReason, Integer> copy = new EnumMap<>(SkipReason.class);
    copy.putAll(skipped);
    skipped = Collections.unmodifiableMap(copy);
  }

  /** This extraction with {@code count} more strings skipped for {@code reason}. */
  Extraction withSkipped(SkipReason reason, int count) {
    Map<SkipReason, Integer> all = new EnumMap<>(SkipReason.class);
    all.putAll(skipped);
    all.merge(reason, count, Integer::sum);
    return new Extraction(all, pluralForms);
  }
}
