package org.tarjuman.core.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.its.Parameters;
import net.sf.okapi.filters.xml.XMLFilter;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.SkipReason;
import org.xml.sax.SAXParseException;

/**
 * Extracts translatable units with the Okapi filter for the detected format, streaming the filter's
 * events: each translatable text unit with text becomes one {@link ExtractedUnit}, whose content is
 * the unit's whole unsegmented source with the filter's inline codes. Units the filter marks as not
 * to translate, and units without text, are counted and left out; so are the XML elements that ITS
 * rules exclude, which Okapi's XML filter never makes units of ({@link ItsExclusions}).
 *
 * <p>{@link FilterCatalog} chooses each format's filter and configuration, for extraction here and
 * for writing a translated document back ({@link #createFilter}). Text formats are opened in the
 * charset {@link TikaDetector} detected; Okapi drops the byte order mark. Which units are stored, and their
 * keys and notes, come from {@link UnitSelection}, which merge uses too. A file or unit beyond
 * {@link InputLimits} is refused before the filter reads it, or as soon as the unit is extracted. Inline codes that Okapi leaves as references to other resources get
 * their markup back ({@link CodeReferences}); DOCX run codes keep the OpenXML filter's own run
 * markers, e.g. {@code <run1>}, which its writer resolves.
 */
public final class OkapiExtractor implements Extractor {

  private final FilterCatalog catalog = new FilterCatalog();
  private final InputLimits limits = InputLimits.DEFAULT;

  @Override
  public Extraction extract(
      Path file,
      Detection detection,
      Locale source,
      List<Locale> targets,
      Consumer<ExtractedUnit> sink) {
    if (detection.format() == Format.PROPERTIES) {
      PropertiesEscapes.check(file, FilterCatalog.encodingOf(detection));
    }
    LocaleId sourceLocale = LocaleId.fromBCP47(source.toLanguageTag());
    limits.checkFile(file, detection);
    try (IFilter filter = createFilter(file, detection);
        RawDocument document =
            new RawDocument(
                file.toUri(),
                FilterCatalog.encodingOf(detection).name(),
                sourceLocale,
                // Bilingual filters (XLIFF) need a target; extraction reads only the sources.
                LocaleId.EMPTY)) {
      open(filter, document, file, detection);
      UnitSelection selection = new UnitSelection(file, detection.format(), targets);
      for (Optional<Event> event = nextEvent(filter, file, detection);
          event.isPresent();
          event = nextEvent(filter, file, detection)) {
        // The sink runs outside the wrapping of Okapi's exceptions: its failures are its own.
        selection.remember(event.get());
        selection.addedForms().forEach(sink);
        if (event.get().isTextUnit()) {
          selection
              .select(event.get().getTextUnit())
              .map(u -> limits.checkUnit(file, u))
              .ifPresent(sink);
        }
      }
      Extraction extraction = selection.extraction();
      if (filter instanceof XMLFilter xml) {
        int excluded = ItsExclusions.count(file, (Parameters) xml.getParameters());
        extraction = extraction.withSkipped(SkipReason.ITS_RULE, excluded);
      }
      return extraction;
    }
  }

  /**
   * The Okapi filter for a detected document, configured as described above and not yet opened.
   * Extraction and writing a translation back must use the same configuration, so the units match.
   *
   * @throws InvalidInputException when a plain text file cannot be read to choose its layout
   */
  public IFilter createFilter(Path file, Detection detection) {
    return catalog.filterFor(file, detection);
  }

  /** The charset a filter reads the document in: the detected one, else UTF-8. */
  public static Charset encodingOf(Detection detection) {
    return FilterCatalog.encodingOf(detection);
  }

  private static void open(IFilter filter, RawDocument document, Path file, Detection detection) {
    try {
      filter.open(document);
    } catch (OkapiException e) {
      throw unreadable(file, detection, e);
    }
  }

  private static Optional<Event> nextEvent(IFilter filter, Path file, Detection detection) {
    try {
      return filter.hasNext() ? Optional.of(filter.next()) : Optional.empty();
    } catch (OkapiException e) {
      throw unreadable(file, detection, e);
    }
  }

  /**
   * One line naming the file, the line and column when the parser gave them, the format, and
   * Okapi's message with its line breaks and its list of expected tokens left out.
   */
  private static InvalidInputException unreadable(
      Path file, Detection detection, OkapiException e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int expecting = detail.indexOf("Was expecting");
    if (expecting > 0) {
      detail = detail.substring(0, expecting);
    }
    detail =
        detail
            .replace("Parsing error.", "")
            .replaceAll("\\s+at \\[row,col,system-id\\].*", "")
            .replaceAll("\\s+", " ")
            .strip();
    return new InvalidInputException(
        file + location(e) + ": cannot be read as " + detection.format().displayName() + " ("
            + detail + ")",
        e);
  }

  /** {@code :line:column} from an XML parser's exception among the causes, else nothing. */
  private static String location(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
        return ":" + parse.getLineNumber() + ":" + parse.getColumnNumber();
      }
      if (cause instanceof XMLStreamException stream && stream.getLocation() != null) {
        return ":" + stream.getLocation().getLineNumber() + ":"
            + stream.getLocation().getColumnNumber();
      }
    }
    return "";
  }
}
