package org.tarjuman.core.merge;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.ingest.CodeReferences;
import org.tarjuman.core.ingest.OkapiExtractor;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.okapi.OkapiContent;

/**
 * Writes a translated document with the Okapi filter that extracted it and that filter's own
 * writer: the original is read again with {@link OkapiExtractor#createFilter} (the configuration
 * of the import, so the units are the same), each stored unit's target is set on its text unit,
 * and every event goes to the filter writer, which rebuilds the document from its skeleton.
 *
 * <p>Units are matched in document order by key; a text unit that was not stored (no text) is
 * written as it is. The filter's skeleton writer also localises the document's language: Okapi's
 * HTML writer rewrites a {@code lang} (or {@code xml:lang}) attribute in the source language to
 * the target and sets {@code dir="rtl"} on {@code <html>} for a right-to-left target, removing it
 * for a left-to-right one ({@link HtmlDirection} covers a case it misses).
 */
final class OkapiMerger {

  private final OkapiExtractor extractor;

  OkapiMerger(OkapiExtractor extractor) {
    this.extractor = extractor;
  }

  /** Writes the document with the units' texts to {@code output}, in {@code encoding}. */
  void write(
      Path original,
      Detection detection,
      Locale source,
      Locale target,
      List<UnitTargets.Unit> units,
      Path output,
      Charset encoding) {
    LocaleId sourceLocale = LocaleId.fromBCP47(source.toLanguageTag());
    LocaleId targetLocale = LocaleId.fromBCP47(target.toLanguageTag());
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
      Iterator<UnitTargets.Unit> next = units.iterator();
      Optional<UnitTargets.Unit> pending = advance(next);
      CodeReferences references = new CodeReferences();
      while (filter.hasNext()) {
        Event event = filter.next();
        references.remember(event);
        if (event.isTextUnit() && pending.isPresent() && matches(event.getTextUnit(), pending.get())) {
          putTarget(event.getTextUnit(), pending.get(), references, targetLocale);
          pending = advance(next);
        }
        if (detection.format() == Format.HTML) {
          HtmlDirection.prepare(event, targetLocale);
        }
        writer.handleEvent(event);
      }
      if (pending.isPresent()) {
        throw new InvalidInputException(
            original.getFileName()
                + ": unit "
                + pending.get().key()
                + " is stored but not in the original; import the document again");
      }
    } catch (OkapiException e) {
      throw new InvalidInputException(
          "cannot write the translated " + detection.format().displayName() + " (" + e.getMessage()
              + ")",
          e);
    }
  }

  private static boolean matches(ITextUnit unit, UnitTargets.Unit stored) {
    return unit.isTranslatable() && OkapiExtractor.keyOf(unit).equals(stored.key());
  }

  private static void putTarget(
      ITextUnit unit, UnitTargets.Unit stored, CodeReferences references, LocaleId target) {
    TextFragment original = unit.getSource().getUnSegmentedContentCopy();
    String unitText = OkapiContent.fromFragment(references.resolve(original)).plainText();
    TextFragment fragment =
        new TargetFragment(original, unitText, stored.key()).build(stored.sources(), stored.texts());
    unit.setTargetContent(target, fragment);
  }

  private static Optional<UnitTargets.Unit> advance(Iterator<UnitTargets.Unit> units) {
    return units.hasNext() ? Optional.of(units.next()) : Optional.empty();
  }
}
