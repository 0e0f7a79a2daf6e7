package org.tarjuman.xliff.v12;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.model.Status;

class Xliff12StatesTest {

  @ParameterizedTest
  @EnumSource(Status.class)
  void readsBackEveryStatusItWrites(Status status) {
    String approved = Xliff12States.isApproved(status) ? "yes" : null;

    assertThat(Xliff12States.statusOf(Xliff12States.stateOf(status), approved)).contains(status);
  }

  @ParameterizedTest
  @CsvSource({
    "needs-adaptation, DRAFT",
    "needs-l10n, DRAFT",
    "needs-review-adaptation, NEEDS_REVIEW",
    "needs-review-l10n, NEEDS_REVIEW",
  })
  void readsTheOtherXliff12StatesAsTheirNearestStatus(String state, Status status) {
    assertThat(Xliff12States.statusOf(state, null)).contains(status);
  }

  @Test
  void takesApprovedAsAtLeastReviewed() {
    assertThat(Xliff12States.statusOf("translated", "yes")).contains(Status.REVIEWED);
    assertThat(Xliff12States.statusOf(null, "yes")).contains(Status.REVIEWED);
    assertThat(Xliff12States.statusOf("final", "yes")).contains(Status.FINAL);
    assertThat(Xliff12States.statusOf("translated", "no")).contains(Status.TRANSLATED);
  }

  @Test
  void saysNothingForAMissingOrCustomState() {
    assertThat(Xliff12States.statusOf(null, null)).isEmpty();
    assertThat(Xliff12States.statusOf("x-proofread", null)).isEmpty();
  }
}
