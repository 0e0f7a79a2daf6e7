package org.tarjuman.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdSetTest {

  @Test
  void agreesWithAHashSetOnManyIdsAndRepeats() {
    IdSet ids = new IdSet();
    Set<Long> expected = new HashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      long id = i % 3 == 0 ? random.nextInt(50_000) : 1_000_000_000_000L + i;
      assertThat(ids.add(id)).isEqualTo(expected.add(id));
    }
    assertThat(ids.size()).isEqualTo(expected.size());
    for (long probe = 0; probe < 60_000; probe++) {
      assertThat(ids.contains(probe)).isEqualTo(expected.contains(probe));
    }
    assertThat(ids.contains(1_000_000_000_001L)).isTrue();
    assertThat(ids.contains(1_000_000_000_000L)).isFalse();
  }

  @Test
  void isEmptyAfterClearAndRefusesNegativeIds() {
    IdSet ids = new IdSet();
    ids.add(0);
    ids.add(5);

    ids.clear();

    assertThat(ids.size()).isZero();
    assertThat(ids.contains(0)).isFalse();
    assertThat(ids.add(5)).isTrue();
    assertThatThrownBy(() -> ids.add(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
