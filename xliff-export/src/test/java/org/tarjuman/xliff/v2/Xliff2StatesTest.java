package org.tarjuman.xliff.v2;

import static org.assertj.core.api.Assertions.assertThat;

import net.sf.okapi.lib.xliff2.core.TargetState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.model.Status;

class Xliff2StatesTest {

  @ParameterizedTest
  @EnumSource(Status.class)
  void readsBackEveryStatusItWrites(Status status) {
    assertThat(Xliff2States.statusOf(Xliff2States.stateOf(status), Xliff2States.subStateOf(status)))
        .isEqualTo(status);
  }

  @Test
  void ignoresASubStateLeftBehindWhenAToolChangedTheState() {
    assertThat(Xliff2States.statusOf(TargetState.TRANSLATED, "tarjuman:draft"))
        .isEqualTo(Status.TRANSLATED);
    assertThat(Xliff2States.statusOf(TargetState.INITIAL, "tarjuman:needs-review"))
        .isEqualTo(Status.NEW);
    assertThat(Xliff2States.statusOf(TargetState.REVIEWED, "othertool:checked"))
        .isEqualTo(Status.REVIEWED);
  }
}
