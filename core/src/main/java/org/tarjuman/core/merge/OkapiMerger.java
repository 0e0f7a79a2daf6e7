package org.tarjuman.core.merge;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.ingest.ExtractedUnit;
import org.tarjuman.core.ingest.OkapiExtractor;
import org.tarjuman.core.ingest.UnitSelection;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.Format;

/**
 * Writes a translated document with the Okapi filter that extracted it and that filter's own
 * writer: the original is read again with {@link OkapiExtractor#createFilter} (the configuration
 * of the import, so the units are the same), each stored unit's target is set on its text unit,
 * and every event goes to the filter writer, which rebuilds the document from its skeleton.
 *
 * <p>Units are found again as the import numbered them ({@link UnitSelection}: the same rule for
 * which text units are stored, the same index and key), and a stored unit's key must be the key
 * the original gives it. A text unit that was not stored (not translatable, or blank) is written
 * as it is. The document is opened with the real target locale, which the XLIFF filters need to
 * write {@code <target>}. The filter's skeleton writer also localises the document's language: Okapi's
 * HTML writer rewrites a {@code lang} (or {@code xml:lang}) attribute in the source language to
 * the target and sets {@code dir="rtl"} on {@code <html>} for a right-to-left target, removing it
 * for a left-to-right one ({@link HtmlDirection} covers a case it misses). A Gettext catalogue
 * gets the plural forms its target needs ({@link GettextPluralForms}) and names the target in its
 * header ({@link GettextLanguage}).
 */
final class OkapiMerger {

  private final OkapiExtractor extractor;

  private static final int PROGRESS_EVERY = 500;
  private static final String STEP = "text units";

  OkapiMerger(OkapiExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * The languages of a merge.
   *
   * @param source the document's source
   * @param target the language written
   * @param targets all the document's targets, as at import (they decide the Gettext plural forms
   *     stored)
   */
  record Languages(Locale source, Locale target, List<Locale> targets) {
    Languages {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      targets = List.copyOf(targets);
    }
  }

  /**
   * Writes the document with the units' texts to {@code output}, in {@code encoding}, telling
   * {@code progress} the units written so far every {@value #PROGRESS_EVERY} and at the end.
   */
  void write(
      Path original,
      Detection detection,
      Languages languages,
      UnitTargets.Cursor units,
      int unitCount,
      Path output,
      Charset encoding,
      Progress progress) {
    LocaleId sourceLocale = LocaleId.fromBCP47(languages.source().toLanguageTag());
    LocaleId targetLocale = LocaleId.fromBCP47(languages.target().toLanguageTag());
    try (IFilter filter = extractor.createFilter(original, detection);
        RawDocument document =
            new RawDocument(
                original.toUri(),
                OkapiExtractor.encodingOf(detection).name(),
                sourceLocale,
                targetLocale);
        IFilterWriter writer = filter.createFilterWriter()) {
      writer.setOptions(targetLocale, encoding.name());
      writer.setOutput(output.toString());
      filter.open(document);
      int written = 0;
      UnitSelection selection =
          new UnitSelection(original, detection.format(), languages.targets());
      GettextPluralForms plurals = new GettextPluralForms(languages.target());
      GettextLanguage language = new GettextLanguage(languages.target());
      while (filter.hasNext()) {
        Event event = filter.next();
        selection.remember(event);
        plurals.remember(event);
        for (ExtractedUnit added : selection.addedForms()) {
          UnitTargets.Unit stored = units.take(added.index());
          plurals.addedForm().ifPresent(unit -> {
            putTarget(unit, added, stored, original, detection.format(), targetLocale);
            writer.handleEvent(new Event(EventType.TEXT_UNIT, unit));
          });
        }
        if (event.isTextUnit()) {
          Optional<ExtractedUnit> stored = selection.select(event.getTextUnit());
          if (stored.isPresent()) {
            UnitTargets.Unit unit = units.take(stored.get().index());
            putTarget(event.getTextUnit(), stored.get(), unit, original, detection.format(),
                targetLocale);
            written += unit == null ? 0 : 1;
            if (unit != null && written % PROGRESS_EVERY == 0) {
              progress.progress(STEP, written, unitCount);
            }
          }
        }
        if (detection.format() == Format.HTML) {
          HtmlDirection.prepare(event, targetLocale);
        } else if (detection.format() == Format.PO) {
          language.remember(event);
        }
        writer.handleEvent(event);
      }
      Optional<UnitTargets.Unit> left = units.left();
      if (left.isPresent()) {
        throw notInOriginal(original, left.get().key());
      }
      progress.progress(STEP, unitCount, unitCount);
    } catch (OkapiException e) {
      throw new InvalidInputException(
          "cannot write the translated " + detection.format().displayName() + " (" + e.getMessage()
              + ")",
          e);
    }
  }

  private static void putTarget(
      ITextUnit unit, ExtractedUnit extracted, UnitTargets.Unit stored, Path original,
      Format format, LocaleId target) {
    if (stored != null && !stored.key().equals(extracted.key())) {
      throw notInOriginal(original, stored.key());
    }
    if (stored == null || !stored.translated()) {
      // Without a target the writers write the source (Okapi's XLIFF writer as a <target>), except
      // in Gettext, where an untranslated entry keeps the msgstr it has: a copied msgid would
      // count as translated.
      if (format == Format.PO && !unit.hasTarget(target)) {
        unit.setTarget(target, new TextContainer());
      }
      return;
    }
    TextFragment source = unit.getSource().getUnSegmentedContentCopy();
    TextFragment fragment =
        new TargetFragment(source, extracted.content().plainText(), stored.key())
            .build(stored.sources(), stored.texts());
    unit.setTarget(target, targetContainer(unit.getSource(), fragment));
  }

  /**
   * The target as one segment with the id of the source's first segment: Okapi's XLIFF 2 writer
   * pairs target and source parts by id, and writes no target it cannot pair. A source that the
   * filter gives in several parts (an XLIFF 2 unit with several {@code <segment>}s) gets the whole
   * translation in its first segment.
   */
  private static TextContainer targetContainer(TextContainer source, TextFragment fragment) {
    TextContainer container = new TextContainer(fragment);
    Segment first = source.getFirstSegment();
    if (first != null) {
      container.getFirstSegment().setId(first.getId());
      container.getFirstSegment().setOriginalId(first.getOriginalId());
    }
    return container;
  }

  private static InvalidInputException notInOriginal(Path original, String key) {
    return new InvalidInputException(
        original.getFileName() + ": unit " + key
            + " is stored but not in the original; import the document again");
  }
}
