package org.tarjuman.core.merge;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.SegmentCursor;

/**
 * The text each stored unit gets in a merged document: per segment its translation into the
 * target, or its source where there is no usable one. A translation is usable when its status is
 * draft, translated, reviewed or final; a {@code needs-review} translation (such as the old
 * translation of an edited sentence carried over from an earlier version) is an unconfirmed
 * suggestion, so the source is written instead and the segment counts as untranslated. The empty
 * second half of a 2:1 alignment ({@link TranslationView#joinedToPrevious}) follows the segment
 * before it in the same unit: when that one is written translated, its sentence holds both, and
 * this one is written empty and counts as translated.
 *
 * <p>The segments are read from the store a page at a time ({@link SegmentCursor}), never all at
 * once: a first pass counts them (and checks that the translations fit the original's charset),
 * and {@link #units()} reads them again, unit by unit, as the merger asks for them.
 */
final class UnitTargets {

  private final DocumentStore store;
  private final DocumentSummary document;
  private final Locale target;
  private final List<Long> firstUntranslated = new ArrayList<>();
  private final int listed;
  private int translated;
  private int untranslated;
  private int unitCount;
  private boolean encodable = true;

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

  /**
   * Counts the segments of a document's latest version.
   *
   * @param charset the charset the translations should be written in, if any
   * @param listed how many untranslated segment ids to keep for a message
   */
  UnitTargets(
      DocumentStore store,
      DocumentSummary document,
      Locale target,
      Optional<Charset> charset,
      int listed) {
    this.store = store;
    this.document = document;
    this.target = target;
    this.listed = listed;
    Cursor cursor = new Cursor(/* counting= */ true, charset.map(Charset::newEncoder));
    while (cursor.next() != null) {
      unitCount++;
    }
  }

  int translated() {
    return translated;
  }

  /** How many segments are written with their source. */
  int untranslated() {
    return untranslated;
  }

  /** The ids of the first segments written with their source, in order. */
  List<Long> firstUntranslated() {
    return List.copyOf(firstUntranslated);
  }

  /** How many units hold segments. */
  int unitCount() {
    return unitCount;
  }

  /** Whether the charset given can encode every usable translation. */
  boolean encodable() {
    return encodable;
  }

  /** The stored units, read again from the store, to be taken by index as the merger meets them. */
  Cursor units() {
    return new Cursor(/* counting= */ false, Optional.empty());
  }

  private static Optional<Content> usableTranslation(SegmentView segment, Locale target) {
    return segment
        .translation(target)
        .filter(t -> t.status() != Status.NEW && t.status() != Status.NEEDS_REVIEW)
        .map(TranslationView::content);
  }

  /** Whether the segment's translation is the empty half of a 2:1 alignment with the one before. */
  private static boolean joinedToPrevious(SegmentView segment, Locale target) {
    return segment.translation(target).filter(TranslationView::joinedToPrevious).isPresent();
  }

  /**
   * The stored units in index order, a page of segments read at a time. {@link #take} finds a unit
   * by index, keeping the units it passes on the way until they are taken, so units taken nearly
   * in order (as a filter meets them) hold only the few out of order.
   */
  final class Cursor {
    private final Map<Integer, Unit> passed = new HashMap<>();
    private final SegmentCursor segments =
        new SegmentCursor(store, document.id(), document.version(), target);
    private final boolean counting;
    private final Optional<CharsetEncoder> encoder;

    /**
     * A cursor; a counting one counts the segments it reads into the {@link UnitTargets}, and
     * checks their usable translations with the encoder, if given.
     */
    private Cursor(boolean counting, Optional<CharsetEncoder> encoder) {
      this.counting = counting;
      this.encoder = encoder;
    }

    /**
     * The unit with this index, or null when none is stored (the store has no unit with it, or it
     * was taken before).
     */
    Unit take(int index) {
      Unit unit = passed.remove(index);
      while (unit == null) {
        Unit read = next();
        if (read == null) {
          return null;
        }
        if (read.index() == index) {
          return read;
        }
        passed.put(read.index(), read);
        if (read.index() > index) {
          return null; // units are stored in index order: this one is not stored
        }
      }
      return unit;
    }

    /** A unit not taken, if any is left. */
    Optional<Unit> left() {
      return passed.values().stream().findFirst().or(() -> Optional.ofNullable(next()));
    }

    /** The next unit in index order, or null after the last. */
    private Unit next() {
      Optional<SegmentView> first = segments.peek();
      if (first.isEmpty()) {
        return null;
      }
      Unit unit =
          new Unit(
              first.get().unitIndex(), first.get().unitKey(), new ArrayList<>(),
              new ArrayList<>(), new ArrayList<>());
      boolean previousUsable = false;
      while (segments.peek().filter(s -> s.unitIndex() == unit.index()).isPresent()) {
        SegmentView segment = segments.next();
        Optional<Content> text = usableTranslation(segment, target);
        if (text.isEmpty() && previousUsable && joinedToPrevious(segment, target)) {
          text = Optional.of(Content.ofText("")); // its sentence is in the previous translation
        }
        previousUsable = text.isPresent();
        if (counting) {
          count(segment, text);
        }
        unit.sources().add(segment.source());
        unit.texts().add(text.orElse(segment.source()));
        unit.usable().add(text.isPresent());
      }
      return unit;
    }

    private void count(SegmentView segment, Optional<Content> text) {
      if (text.isPresent()) {
        translated++;
        encodable &= encoder.map(e -> e.canEncode(text.get().plainText())).orElse(true);
      } else {
        untranslated++;
        if (firstUntranslated.size() < listed) {
          firstUntranslated.add(segment.id());
        }
      }
    }
  }
}
