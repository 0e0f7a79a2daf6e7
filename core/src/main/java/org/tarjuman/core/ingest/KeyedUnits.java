package org.tarjuman.core.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.StartGroup;
import net.sf.okapi.filters.po.POFilter;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Format;

/**
 * The key and the translator's note of each text unit, as a filter's events stream past.
 *
 * <p>A unit's key is the name the filter gives it (the resource key: a property key, a JSON or
 * YAML key path, an Android string's name, an XLIFF {@code resname}), else the filter's id. Gettext
 * entries are named by their context ({@code msgctxt}) when they have one, else by their message
 * id, and a plural entry's forms by the entry's key and the form's index, {@code key[0]} to {@code
 * key[5]}. The note joins what the filter found for the translator: PO translator and extracted
 * comments, {@code msgctxt} and source references; comments before a property; XLIFF notes.
 *
 * <p>In formats with resource keys (except XLIFF, where a {@code resname} may repeat), a key that
 * occurs twice is refused: a translation could not be put back in the right place.
 */
final class KeyedUnits {

  /** Okapi's type for the group that holds a Gettext entry's plural forms. */
  static final String PLURALS_GROUP = "x-gettext-plurals";

  private static final int MAX_KEY_LENGTH = 1000;

  private final Path file;
  private final Format format;
  private final Set<String> names = new HashSet<>();
  private boolean inPlural;
  private int pluralIndex;
  private String pluralKey;
  private int pluralForms;

  KeyedUnits(Path file, Format format) {
    this.file = file;
    this.format = format;
  }

  /** Follows groups, to number the forms of a plural entry. */
  void remember(Event event) {
    if (event.isStartGroup()) {
      StartGroup group = event.getStartGroup();
      inPlural = PLURALS_GROUP.equals(group.getType());
      pluralIndex = 0;
      pluralKey = null;
    } else if (event.isEndGroup() && inPlural) {
      pluralForms = Math.max(pluralForms, pluralIndex);
      inPlural = false;
    }
  }

  /** The most plural forms of any Gettext entry so far, added ones included; 0 when none. */
  int pluralForms() {
    return pluralForms;
  }

  /** Whether the last text unit was a form of a plural entry whose group has not ended. */
  boolean inPlural() {
    return inPlural;
  }

  /**
   * The keys of the forms an open plural entry lacks to have {@code wanted} forms, {@code key[n]}
   * to {@code key[wanted-1]}, now counted as its forms; empty when it has enough. Call it before
   * the entry's end group is remembered.
   */
  List<String> addPluralForms(int wanted) {
    List<String> added = new ArrayList<>();
    if (inPlural && pluralKey != null) {
      while (pluralIndex < wanted) {
        added.add(pluralKey + "[" + pluralIndex++ + "]");
      }
    }
    return added;
  }

  /**
   * The unit's key.
   *
   * @throws InvalidInputException when the key occurred before in a format where keys are unique
   */
  String keyOf(ITextUnit unit) {
    String name = unit.getName();
    boolean named = name != null && !name.isBlank();
    String key = format == Format.PO ? gettextKey(unit) : named ? name : unit.getId();
    // Okapi names a PO entry by a hash of its context and message id: unique exactly when they are.
    if (named && format.hasUniqueKeys() && !names.add(name)) {
      throw new InvalidInputException(
          file + ": the key '" + key + "' occurs twice; keep one of them and import it again");
    }
    return key.length() <= MAX_KEY_LENGTH ? key : named ? name : unit.getId();
  }

  private String gettextKey(ITextUnit unit) {
    Property context = unit.getProperty(POFilter.PROPERTY_CONTEXT);
    String entry =
        context != null && !context.getValue().isEmpty()
            ? context.getValue()
            : unit.getSource().getUnSegmentedContentCopy().toText();
    if (!inPlural) {
      return entry;
    }
    if (pluralKey == null) {
      pluralKey = entry; // the first form's source is the msgid; the others', msgid_plural
    }
    return pluralKey + "[" + pluralIndex++ + "]";
  }

  /** The notes for the translator, one per line; empty when the unit has none. */
  String noteOf(ITextUnit unit) {
    List<String> lines = new ArrayList<>();
    NoteAnnotation notes = unit.getAnnotation(NoteAnnotation.class);
    if (notes != null) {
      for (Note note : notes) {
        if (!note.getNoteText().isBlank()) {
          lines.add(note.getNoteText().strip());
        }
      }
    }
    addProperty(lines, unit, POFilter.PROPERTY_CONTEXT, "Context: ");
    addProperty(lines, unit, POFilter.PROPERTY_REFERENCES, "References: ");
    return String.join("\n", lines);
  }

  private static void addProperty(List<String> lines, ITextUnit unit, String name, String label) {
    Property property = unit.getProperty(name);
    if (property != null && !property.getValue().isBlank()) {
      lines.add(label + property.getValue().strip());
    }
  }
}
