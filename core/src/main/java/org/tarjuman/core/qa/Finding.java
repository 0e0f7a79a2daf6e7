package org.tarjuman.core.qa;

import java.util.Objects;
import org.tarjuman.core.model.QaSeverity;

/**
 * What one check found in one segment, before it is tied to the segment as a {@link
 * org.tarjuman.core.model.QaIssue}.
 */
record Finding(String check, QaSeverity severity, String message) {
  Finding {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }
}
