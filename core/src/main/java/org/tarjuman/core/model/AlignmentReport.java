package org.tarjuman.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code align} found and stored.
 *
 * @param documentId the document's id
 * @param name the document's name
 * @param version the aligned version (the latest)
 * @param target the translation's language
 * @param pairs the alignment in document order, sources missing from the translation and target
 *     sentences without a source included
 * @param added translations stored for segments that had none in the language
 * @param changed translations replaced (the earlier one kept in the history)
 * @param unchanged translations already stored exactly so
 * @param tmAdded translation memory units added from confident pairs
 * @param tmRefreshed translation memory units that already held a confident pair (the same source
 *     and target, e.g. a repeated sentence), whose change date was moved to now
 * @param warnings what the user should know about the alignment
 */
public record AlignmentReport(
    long documentId,
    String name,
    int version,
    Locale target,
    List<AlignedPair> pairs,
    int added,
    int changed,
    int unchanged,
    int tmAdded,
    int tmRefreshed,
    List<String> warnings) {

  public AlignmentReport {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    pairs = List.copyOf(pairs);
    warnings = List.copyOf(warnings);
  }

  /** The same report with other warnings. */
  public AlignmentReport withWarnings(List<String> others) {
    return new AlignmentReport(
        documentId,
        name,
        version,
        target,
        pairs,
        added,
        changed,
        unchanged,
        tmAdded,
        tmRefreshed,
        others);
  }

  /** Pairs stored as translated: confident enough to go to the translation memory. */
  public long confident() {
    return pairs.stream().filter(p -> p.stored() == Status.TRANSLATED).count();
  }

  /** Pairs stored as needing review. */
  public long needsReview() {
    return pairs.stream().filter(p -> p.stored() == Status.NEEDS_REVIEW).count();
  }
}
