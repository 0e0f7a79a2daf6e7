package org.tarjuman.xliff;

import java.util.Objects;

/**
 * A unit of a returned XLIFF file that was not applied, and why.
 *
 * @param unitId the unit's id as in the file
 * @param reason the kind of problem
 * @param message what is wrong and what to do, naming the unit
 */
public record Rejection(String unitId, Reason reason, String message) {

  /** Why a unit was rejected. */
  public enum Reason {
    /** The unit's id names no segment of the document version. */
    UNKNOWN_UNIT,
    /** The unit's source is not the stored segment's source. */
    SOURCE_CHANGED,
    /** The target lacks an inline code of the source. */
    MISSING_CODE,
    /** The target has an inline code the source does not have, or has one twice. */
    EXTRA_CODE,
    /** The file's target language is not one the document is translated into. */
    WRONG_TARGET_LANGUAGE,
    /** The file was exported from a version that a newer version of the document replaced. */
    VERSION_SUPERSEDED,
    /** The file names a document version that does not exist. */
    UNKNOWN_VERSION
  }

  public Rejection {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }
}
