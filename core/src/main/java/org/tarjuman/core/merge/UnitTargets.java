package org.tarjuman.core.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;

/**
 * The text each stored unit gets in a merged document: per segment its translation into the
 * target, or its source where there is no usable one. A translation is usable when its status is
 * draft, translated, reviewed or final; a {@code needs-review} translation (such as the old
 * translation of an edited sentence carried over from an earlier version) is an unconfirmed
 * suggestion, so the source is written instead and the segment counts as untranslated.
 */
final class UnitTargets {

  private final Map<Integer, Unit> units = new LinkedHashMap<>();
  private final List<SegmentView> untranslated = new ArrayList<>();
  private int translated;

  /**
   * One stored unit: its index, key, its segments' sources, the texts to write, and whether each
   * text is a translation (else the source), in order.
   */
  record Unit(
      int index, String key, List<Content> sources, List<Content> texts, List<Boolean> usable) {

    /** Whether any segment of the unit has a usable translation. */
    boolean translated() {
      return usable.contains(Boolean.TRUE);
    }
  }

  UnitTargets(List<SegmentView> segments, Locale target) {
    for (SegmentView segment : segments) {
      Optional<Content> text = usableTranslation(segment, target);
      if (text.isPresent()) {
        translated++;
      } else {
        untranslated.add(segment);
      }
      Unit unit =
          units.computeIfAbsent(
              segment.unitIndex(),
              i -> new Unit(i, segment.unitKey(), new ArrayList<>(), new ArrayList<>(),
                  new ArrayList<>()));
      unit.sources().add(segment.source());
      unit.texts().add(text.orElse(segment.source()));
      unit.usable().add(text.isPresent());
    }
  }

  /** The stored units in document order. */
  List<Unit> units() {
    return List.copyOf(units.values());
  }

  int translated() {
    return translated;
  }

  /** The segments written with their source, in order. */
  List<SegmentView> untranslated() {
    return List.copyOf(untranslated);
  }

  private static Optional<Content> usableTranslation(SegmentView segment, Locale target) {
    return segment.translations().stream()
        .filter(t -> t.target().equals(target))
        .filter(t -> t.status() != Status.NEW && t.status() != Status.NEEDS_REVIEW)
        .map(TranslationView::content)
        .findFirst();
  }
}
