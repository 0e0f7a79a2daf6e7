package org.tarjuman.core.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdCoverageTest {

  @Test
  void listsTheUnreadIdsBelowTheHighestAsRanges() {
    IdCoverage ids = read(1, 2, 5, 9);

    assertThat(ids.highest()).isEqualTo(9);
    assertThat(ids.hasGaps()).isTrue();
    assertThat(ids.countBetween(2, 5)).isEqualTo(2);
    assertThat(ids.firstUnread()).isEqualTo(3);
    assertThat(ids.unread(9, 1))
        .containsExactly(new IdCoverage.Range(3, 4), new IdCoverage.Range(6, 8));
  }

  @Test
  void joinsRangesWithFewerReadIdsBetweenThemThanTheBridge() {
    IdCoverage ids = read(1, 3, 4, 6, 20);

    assertThat(ids.unread(20, 2))
        .containsExactly(new IdCoverage.Range(2, 2), new IdCoverage.Range(5, 19));
  }

  @Test
  void hasNoGapsWhenEveryIdUpToTheHighestWasRead() {
    IdCoverage ids = read(3, 1, 2);

    assertThat(ids.hasGaps()).isFalse();
    assertThat(ids.unread(3, 10)).isEmpty();
    assertThat(ids.markRead(2)).isFalse();
  }

  @Test
  void refusesAnIdAnIndexCannotHold() {
    assertThatThrownBy(() -> new IdCoverage().markRead(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static IdCoverage read(long... ids) {
    IdCoverage coverage = new IdCoverage();
    for (long id : ids) {
      coverage.markRead(id);
    }
    return coverage;
  }
}
