package org.tarjuman.core.store;

import java.util.Objects;
import org.tarjuman.core.model.TmUnit;

/**
 * A stored TM unit with its fuzzy score against a query.
 *
 * @param id the unit's id
 * @param unit the unit
 * @param score its {@link org.tarjuman.core.tm.FuzzyScore}, 0 to 100
 */
public record TmCandidate(long id, TmUnit unit, int score) {
  public TmCandidate {
    Objects.requireNonNull(unit, "unit");
  }
}
