package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjuman.xliff.model.UnitId;

class UnitIdTest {

  @Test
  void namesTheSegmentAndReadsBackFromItsValue() {
    UnitId id = new UnitId(1042);

    assertThat(id.value()).isEqualTo("s1042");
    assertThat(UnitId.parse("s1042")).contains(id);
  }

  @Test
  void readsNoSegmentFromIdsTarjumanDoesNotWrite() {
    assertThat(UnitId.parse("1042")).isEmpty();
    assertThat(UnitId.parse("s")).isEmpty();
    assertThat(UnitId.parse("s01")).isEmpty();
    assertThat(UnitId.parse("s-1")).isEmpty();
    assertThat(UnitId.parse("s12a")).isEmpty();
    assertThat(UnitId.parse("s99999999999999999999")).isEmpty();
  }
}
