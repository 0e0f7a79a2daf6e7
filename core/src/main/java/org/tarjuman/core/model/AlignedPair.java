package org.tarjuman.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One link of an alignment between a document's segments and a translation's sentences: a bead of
 * Gale and Church's method. Either side may be empty (a sentence left out or added by the
 * translator), never both.
 *
 * @param segmentIds the ids of the stored source segments, in document order
 * @param sources the source segments' contents, one per id
 * @param targets the translation's sentences, in their order
 * @param confidence how sure the aligner is of the link, 0 to 100; 0 when one side is empty
 * @param stored the status the link was stored with, {@link Status#NEW} when nothing was stored
 */
public record AlignedPair(
    List<Long> segmentIds,
    List<Content> sources,
    List<Content> targets,
    int confidence,
    Status stored) {

  public AlignedPair {
    segmentIds = List.copyOf(segmentIds);
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    Objects.requireNonNull(stored, "stored");
    if (segmentIds.size() != sources.size()) {
      throw new IllegalArgumentException("one segment id per source");
    }
    if (sources.isEmpty() && targets.isEmpty()) {
      throw new IllegalArgumentException("an aligned pair has a source or a target");
    }
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException("confidence outside 0-100: " + confidence);
    }
  }

  /** The shape of the link, sources to targets: {@code 1:1}, {@code 2:1}, {@code 1:0} … */
  public String kind() {
    return sources.size() + ":" + targets.size();
  }

  /** The target sentences joined by a space, as one segment's translation ("" when none). */
  public String targetText() {
    StringBuilder out = new StringBuilder();
    for (Content target : targets) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(target.plainText());
    }
    return out.toString();
  }
}
