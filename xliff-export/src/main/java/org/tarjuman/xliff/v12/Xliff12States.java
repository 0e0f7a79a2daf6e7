package org.tarjuman.xliff.v12;

import java.util.Optional;
import org.tarjuman.core.model.Status;

/**
 * The mapping between Tarjuman's statuses and XLIFF 1.2's {@code target/@state} and {@code
 * trans-unit/@approved} (XLIFF 1.2 §state, §approved).
 *
 * <pre>
 * status        written as                         read back from
 * new           state="new"                        new
 * draft         state="needs-translation"          needs-translation, needs-adaptation,
 *                                                  needs-l10n
 * needs-review  state="needs-review-translation"   needs-review-translation, -adaptation, -l10n
 * translated    state="translated"                 translated; no state, no approved
 * reviewed      state="signed-off" approved="yes"  signed-off; approved="yes" (at least)
 * final         state="final" approved="yes"       final
 * </pre>
 *
 * <p>{@code approved="yes"} means the translation passed its final review (XLIFF 1.2 §approved), so
 * it lifts any lower state to reviewed. A target with neither a state nor {@code approved} says
 * nothing: the reader leaves the state empty and the comparison takes it as translated. Custom
 * {@code x-} states say nothing either.
 */
public final class Xliff12States {

  private Xliff12States() {}

  /** The {@code state} value written for a status. */
  public static String stateOf(Status status) {
    return switch (status) {
      case NEW -> "new";
      case DRAFT -> "needs-translation";
      case NEEDS_REVIEW -> "needs-review-translation";
      case TRANSLATED -> "translated";
      case REVIEWED -> "signed-off";
      case FINAL -> "final";
    };
  }

  /** Whether a status is written with {@code approved="yes"}. */
  public static boolean isApproved(Status status) {
    return status == Status.REVIEWED || status == Status.FINAL;
  }

  /**
   * The status a target's {@code state} and its unit's {@code approved} stand for.
   *
   * @param state the {@code state} attribute, or null
   * @param approved the {@code approved} attribute, or null
   */
  public static Optional<Status> statusOf(String state, String approved) {
    Optional<Status> fromState = Optional.ofNullable(state).flatMap(Xliff12States::fromState);
    if ("yes".equals(approved)) {
      Status base = fromState.orElse(Status.REVIEWED);
      return Optional.of(base.compareTo(Status.REVIEWED) < 0 ? Status.REVIEWED : base);
    }
    return fromState;
  }

  private static Optional<Status> fromState(String state) {
    return switch (state.trim()) {
      case "new" -> Optional.of(Status.NEW);
      case "needs-translation", "needs-adaptation", "needs-l10n" -> Optional.of(Status.DRAFT);
      case "needs-review-translation", "needs-review-adaptation", "needs-review-l10n" ->
          Optional.of(Status.NEEDS_REVIEW);
      case "translated" -> Optional.of(Status.TRANSLATED);
      case "signed-off" -> Optional.of(Status.REVIEWED);
      case "final" -> Optional.of(Status.FINAL);
      default -> Optional.empty();
    };
  }
}
