package org.tarjuman.xliff.v2;

import net.sf.okapi.lib.xliff2.core.TargetState;
import org.tarjuman.core.model.Status;

/**
 * The mapping between Tarjuman's statuses and XLIFF 2.1's {@code segment/@state} and {@code
 * segment/@subState} (XLIFF 2.1 §4.3.1, {@code state} and {@code subState}).
 *
 * <pre>
 * status        state        subState
 * new           initial      —
 * draft         initial      tarjuman:draft
 * needs-review  translated   tarjuman:needs-review
 * translated    translated   —
 * reviewed      reviewed     —
 * final         final        —
 * </pre>
 *
 * <p>XLIFF 2 has four states; the {@code tarjuman:} sub-states keep the two others apart. A
 * sub-state only counts with the state it was written with: a tool that changes the state and
 * leaves an old sub-state behind (§4.3.1 asks it not to) gets the new state. A missing {@code
 * state} is {@code initial} (§4.3.1).
 */
public final class Xliff2States {

  static final String DRAFT = "tarjuman:draft";
  static final String NEEDS_REVIEW = "tarjuman:needs-review";

  private Xliff2States() {}

  /** The state written for a status. */
  public static TargetState stateOf(Status status) {
    return switch (status) {
      case NEW, DRAFT -> TargetState.INITIAL;
      case NEEDS_REVIEW, TRANSLATED -> TargetState.TRANSLATED;
      case REVIEWED -> TargetState.REVIEWED;
      case FINAL -> TargetState.FINAL;
    };
  }

  /** The sub-state written for a status, or null when it has none. */
  public static String subStateOf(Status status) {
    return switch (status) {
      case DRAFT -> DRAFT;
      case NEEDS_REVIEW -> NEEDS_REVIEW;
      default -> null;
    };
  }

  /** The status a state and sub-state stand for. */
  public static Status statusOf(TargetState state, String subState) {
    return switch (state) {
      case INITIAL -> DRAFT.equals(subState) ? Status.DRAFT : Status.NEW;
      case TRANSLATED -> NEEDS_REVIEW.equals(subState) ? Status.NEEDS_REVIEW : Status.TRANSLATED;
      case REVIEWED -> Status.REVIEWED;
      case FINAL -> Status.FINAL;
    };
  }
}
