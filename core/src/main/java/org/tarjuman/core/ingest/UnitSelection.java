package org.tarjuman.core.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
  private final int pluralFormsWanted;
  private ExtractedUnit lastPluralForm;
  private List<ExtractedUnit> addedForms = List.of();
  private int next;
  private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);

  /** A selection for one pass over {@code file}, extracted as {@code format}, adding no forms. */
  public UnitSelection(Path file, Format format) {
    this(file, format, List.of());
  }

  /**
   * A selection for one pass over {@code file}, extracted as {@code format}, for a document
   * translated into {@code targets}: a Gettext plural entry with fewer forms than a target needs
   * ({@link GettextPlurals}) gets the missing ones ({@link #addedForms}).
   */
  public UnitSelection(Path file, Format format, List<Locale> targets) {
    this.keys = new KeyedUnits(file, format);
    this.pluralFormsWanted = GettextPlurals.formsWanted(format, targets);
  }

  /** Follows referents and groups; call it for every event, text units included. */
  public void remember(Event event) {
    references.remember(event);
    addedForms = event.isEndGroup() ? formsToAdd() : List.of();
    keys.remember(event);
  }

  /**
   * The units added after the last event, an end group: the forms a Gettext plural entry lacks
   * for the targets, {@code key[n]} to {@code key[5]} for Arabic, each with the source and note of
   * the entry's last form ({@code msgid_plural}), numbered after the entry's other forms. A POT
   * template or an English catalogue has two forms; a gettext catalogue initialised for Arabic
   * ({@code msginit -l ar}) has the same six units. Empty after any other event.
   */
  public List<ExtractedUnit> addedForms() {
    return addedForms;
  }

  private List<ExtractedUnit> formsToAdd() {
    if (!keys.inPlural() || lastPluralForm == null) {
      return List.of();
    }
    List<ExtractedUnit> added = new ArrayList<>();
    for (String key : keys.addPluralForms(pluralFormsWanted)) {
      added.add(
          new ExtractedUnit(next++, key, lastPluralForm.content(), lastPluralForm.note()));
    }
    lastPluralForm = null;
    return added;
  }

  /**
   * The unit as stored (index, key, source with codes resolved, note), or empty when it is not.
   *
   * @throws org.tarjuman.core.InvalidInputException when the unit's key occurred before
   */
  public Optional<ExtractedUnit> select(ITextUnit unit) {
    TextFragment content = references.resolve(unit.getSource().getUnSegmentedContentCopy());
    String key = keys.keyOf(unit);
    lastPluralForm = null;
    // Empty first: Okapi's XML filter also marks an empty element not translatable.
    if (content.getText().isBlank()) {
      skipped.merge(SkipReason.EMPTY, 1, Integer::sum);
      return Optional.empty();
    }
    if (!unit.isTranslatable()) {
      skipped.merge(SkipReason.NOT_TRANSLATABLE, 1, Integer::sum);
      return Optional.empty();
    }
    ExtractedUnit selected =
        new ExtractedUnit(next++, key, OkapiContent.fromFragment(content), keys.noteOf(unit));
    lastPluralForm = keys.inPlural() ? selected : null;
    return Optional.of(selected);
  }

  /** What the pass found besides its units, so far. */
  Extraction extraction() {
    return new Extraction(skipped, keys.pluralForms());
  }
}
