package org.tarjuman.core.model;

/**
 * A concordance hit: a segment whose source, or translation, contains the query after Arabic
 * normalisation.
 *
 * @param segmentId the segment's id
 * @param documentName the document's name
 * @param version the document version
 * @param index the segment's position in the version, from 1
 * @param source the segment's source as plain text
 * @param start where the match starts in the text searched ({@code source}, or {@code target} when
 *     {@code inTarget}), or -1 when it cannot be mapped back
 * @param end where the match ends (exclusive), or -1
 * @param target the segment's translation into the language asked for, as plain text; empty when
 *     none was asked for or there is none
 * @param inTarget whether the match is in {@code target} rather than in {@code source}
 */
public record FindHit(
    long segmentId,
    String documentName,
    int version,
    int index,
    String source,
    int start,
    int end,
    String target,
    boolean inTarget) {

  /** A hit in a segment's source, without a translation. */
  public FindHit(
      long segmentId,
      String documentName,
      int version,
      int index,
      String source,
      int start,
      int end) {
    this(segmentId, documentName, version, index, source, start, end, "", false);
  }

  /** This hit with the segment's translation beside its source. */
  public FindHit withTarget(String translation) {
    return new FindHit(
        segmentId, documentName, version, index, source, start, end, translation, inTarget);
  }
}
