package org.tarjuman.core.store;

/**
 * What storing a version wrote.
 *
 * @param documentId the document's id
 * @param versionId the new version's id
 * @param version the new version's number, from 1
 * @param units the units stored
 * @param segments the segments stored
 * @param words the words of those segments
 */
public record StoredVersion(
    long documentId, long versionId, int version, int units, int segments, long words) {}
