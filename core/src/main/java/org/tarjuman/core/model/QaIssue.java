package org.tarjuman.core.model;

import java.util.Objects;

/**
 * One problem a QA check found in a segment's translation.
 *
 * @param segmentId the segment's id
 * @param position the segment's position in its document version, from 1
 * @param check the check's name, e.g. {@code numbers}, {@code empty-target}
 * @param severity how serious the problem is
 * @param message what is wrong, in one line
 */
public record QaIssue(
    long segmentId, int position, String check, QaSeverity severity, String message) {
  public QaIssue {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }
}
