package org.tarjuman.core.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextFragment;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.SkipReason;
import org.tarjuman.core.okapi.OkapiContent;

/**
 * Which of a filter's text units Tarjuman stores, under which index and key: the one rule that
 * import ({@link OkapiExtractor}) and merge share, so that merge finds each stored unit again.
 *
 * <p>Feed it every event of the filter in order ({@link #remember}); for each text unit, {@link
 * #select} gives the unit as it is stored, or nothing when the unit is not stored: a unit the
 * filter marks as not to translate, or whose source (codes' markup included) is blank. Stored
 * units are numbered from 0 in document order; keys and notes come from {@link KeyedUnits},
 * which must see every text unit (plural forms are numbered, repeated keys refused).
 */
public final class UnitSelection {

  private final CodeReferences references = new CodeReferences();
  private final KeyedUnits keys;
  private int next;
  private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);

  /** A selection for one pass over {@code file}, extracted as {@code format}. */
  public UnitSelection(Path file, Format format) {
    this.keys = new KeyedUnits(file, format);
  }

  /** Follows referents and groups; call it for every event, text units included. */
  public void remember(Event event) {
    references.remember(event);
    keys.remember(event);
  }

  /**
   * The unit as stored (index, key, source with codes resolved, note), or empty when it is not.
   *
   * @throws org.tarjuman.core.InvalidInputException when the unit's key occurred before
   */
  public Optional<ExtractedUnit> select(ITextUnit unit) {
    TextFragment content = references.resolve(unit.getSource().getUnSegmentedContentCopy());
    String key = keys.keyOf(unit);
    if (!unit.isTranslatable()) {
      skipped.merge(SkipReason.NOT_TRANSLATABLE, 1, Integer::sum);
      return Optional.empty();
    }
    if (content.getText().isBlank()) {
      skipped.merge(SkipReason.EMPTY, 1, Integer::sum);
      return Optional.empty();
    }
    return Optional.of(
        new ExtractedUnit(next++, key, OkapiContent.fromFragment(content), keys.noteOf(unit)));
  }

  /** What the pass found besides its units, so far. */
  Extraction extraction() {
    return new Extraction(skipped, keys.pluralForms());
  }
}
