package org.tarjuman.core.model;

/**
 * A concordance hit: a segment whose source contains the query, after Arabic normalisation.
 *
 * @param segmentId the segment's id
 * @param documentName the document's name
 * @param version the document version
 * @param index the segment's position in the version, from 1
 * @param source the segment's source as plain text
 * @param start where the match starts in {@code source}, or -1 when it cannot be mapped back
 * @param end where the match ends (exclusive) in {@code source}, or -1
 */
public record FindHit(
    long segmentId, String documentName, int version, int index, String source, int start, int end) {}
