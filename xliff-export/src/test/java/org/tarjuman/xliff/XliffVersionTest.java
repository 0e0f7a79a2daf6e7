package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.xliff.model.XliffVersion;

class XliffVersionTest {

  @Test
  void takesTheVersionsUsersType() {
    assertThat(XliffVersion.fromLabel("1.2")).isEqualTo(XliffVersion.V1_2);
    assertThat(XliffVersion.fromLabel(" 2.1 ")).isEqualTo(XliffVersion.V2_1);
  }

  @Test
  void refusesAnotherVersionNamingTheOnesItHas() {
    assertThatThrownBy(() -> XliffVersion.fromLabel("2.0"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("unknown XLIFF version '2.0'; use one of 1.2, 2.1");
  }
}
