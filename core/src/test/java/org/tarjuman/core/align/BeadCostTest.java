package org.tarjuman.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;

class BeadCostTest {

  private final BeadCost cost = new BeadCost(1.2);

  @Test
  void normalTailMatchesTheTables() {
    assertThat(BeadCost.erfc(0)).isCloseTo(1, within(1e-5));
    assertThat(BeadCost.erfc(1)).isCloseTo(0.1572992, within(1e-5));
    assertThat(BeadCost.erfc(-1)).isCloseTo(1.8427008, within(1e-5));
    assertThat(BeadCost.twoSidedTail(1.959964)).isCloseTo(0.05, within(1e-5));
  }

  @Test
  void theExpectedLengthCostsNothingAndADistantOneMore() {
    assertThat(cost.delta(100, 120)).isZero();
    assertThat(cost.lengthCost(100, 120)).isZero();
    assertThat(cost.lengthCost(100, 150)).isGreaterThan(cost.lengthCost(100, 130));
  }

  @Test
  void aSharedNumberMakesALinkCheaperAndAMissingOneDearer() {
    Span source = Span.of(Content.ofText("وصل 25 وفدا."));
    Span same = Span.of(Content.ofText("25 delegations came."));
    Span other = Span.of(Content.ofText("12 delegations came."));

    assertThat(cost.cost(Shape.ONE_ONE, source, same))
        .isLessThan(cost.cost(Shape.ONE_ONE, source, other) - BeadCost.STRONG_MATCH);
  }

  @Test
  void aWellMatchedPairIsCheaperThanLeavingOutOneSentenceAndAddingAnother() {
    Span source = Span.of(Content.ofText("وسيشهد المؤتمر مشاركة وفود عسكرية من دول مختلفة."));
    Span target = Span.of(Content.ofText("The conference will see delegations from many states."));

    assertThat(cost.cost(Shape.ONE_ONE, source, target))
        .isLessThan(
            cost.cost(Shape.ONE_ZERO, source, Span.EMPTY)
                + cost.cost(Shape.ZERO_ONE, Span.EMPTY, target));
  }
}
