package org.tarjuman.core.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.CompoundFilterParameters;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.filters.plaintext.base.Parameters;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.okapi.OkapiContent;

/**
 * Extracts translatable units with the Okapi filter for the detected format, streaming the filter's
 * events: each translatable text unit with text becomes one {@link ExtractedUnit}, whose content is
 * the unit's whole unsegmented source with the filter's inline codes.
 *
 * <p>Filters and their configurations, also used to write a translated document back ({@link
 * #createFilter}):
 *
 * <ul>
 *   <li>Plain text: {@link PlainTextFilter}. A text file either has one paragraph per line, or
 *       paragraphs of one or more lines separated by empty lines. If an empty line stands between
 *       two lines of text anywhere in the file, Okapi's predefined paragraph configuration {@code
 *       okf_plaintext_paragraphs} is used: each block between empty lines is one unit, its lines
 *       joined by {@code \n} as in the file. Otherwise the line configuration {@code okf_plaintext}
 *       is used: each line is one unit. Both are Okapi's own modes, so a filter writer configured
 *       the same way writes the file's layout back unchanged. In both, {@code unescapeSource} is
 *       switched off: a document's backslashes are text, not the start of Java-style escapes.
 *   <li>HTML and XHTML: {@link HtmlFilter}, default configuration; tags inside a paragraph (such as
 *       {@code <b>} or {@code <a href>}) become inline codes.
 *   <li>DOCX: {@link OpenXMLFilter}, default configuration; run formatting becomes inline codes.
 * </ul>
 *
 * Text formats are opened in the charset {@link TikaDetector} detected; Okapi drops the byte order
 * mark. A unit's key is its name when the filter gives one (a resource key), else its id. Inline
 * codes that Okapi leaves as references to other resources get their markup back ({@link
 * CodeReferences}); DOCX run codes keep the OpenXML filter's own run markers, e.g. {@code <run1>},
 * which its writer resolves.
 */
public final class OkapiExtractor implements Extractor {

  private static final String PARAGRAPHS_CONFIGURATION = "okf_plaintext_paragraphs";
  private static final String LINES_CONFIGURATION = "okf_plaintext";

  @Override
  public void extract(Path file, Detection detection, Locale source, Consumer<ExtractedUnit> sink) {
    LocaleId sourceLocale = LocaleId.fromBCP47(source.toLanguageTag());
    try (IFilter filter = createFilter(file, detection);
        RawDocument document =
            new RawDocument(file.toUri(), encodingOf(detection).name(), sourceLocale)) {
      open(filter, document, file, detection);
      CodeReferences references = new CodeReferences();
      int index = 0;
      for (Optional<ITextUnit> unit = nextTextUnit(filter, references, file, detection);
          unit.isPresent();
          unit = nextTextUnit(filter, references, file, detection)) {
        TextFragment content =
            references.resolve(unit.get().getSource().getUnSegmentedContentCopy());
        if (unit.get().isTranslatable() && !content.getText().isBlank()) {
          // The sink runs outside the wrapping of Okapi's exceptions: its failures are its own.
          sink.accept(
              new ExtractedUnit(index++, keyOf(unit.get()), OkapiContent.fromFragment(content)));
        }
      }
    }
  }

  /**
   * The Okapi filter for a detected document, configured as described above and not yet opened.
   * Extraction and writing a translation back must use the same configuration, so the units match.
   *
   * @throws InvalidInputException when a plain text file cannot be read to choose its layout
   */
  public IFilter createFilter(Path file, Detection detection) {
    return switch (detection.format()) {
      case PLAIN_TEXT -> plainTextFilter(file, encodingOf(detection));
      case HTML -> new HtmlFilter();
      case DOCX -> new OpenXMLFilter();
    };
  }

  private static IFilter plainTextFilter(Path file, Charset charset) {
    boolean paragraphs;
    try {
      paragraphs = PlainTextLayout.separatesParagraphsWithEmptyLines(file, charset);
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          "%s: starts as %s text but is not %2$s throughout; save it in one encoding, such as"
                  .formatted(file, charset.name())
              + " UTF-8, and import it again",
          e);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    PlainTextFilter filter = new PlainTextFilter();
    filter.setConfiguration(paragraphs ? PARAGRAPHS_CONFIGURATION : LINES_CONFIGURATION);
    CompoundFilterParameters parameters = (CompoundFilterParameters) filter.getParameters();
    ((Parameters) parameters.getActiveParameters()).unescapeSource = false;
    // Reloading the compound filter's parameters hands them to its active sub-filter, so the
    // sub-filter reads and the document's start event reports the same configuration.
    parameters.fromString(parameters.toString());
    return filter;
  }

  /** The charset a filter reads the document in: the detected one, else UTF-8. */
  public static Charset encodingOf(Detection detection) {
    // A DOCX's parts declare their own encoding; the filter ignores this one.
    return detection.charset().orElse(StandardCharsets.UTF_8);
  }

  private static void open(IFilter filter, RawDocument document, Path file, Detection detection) {
    try {
      filter.open(document);
    } catch (OkapiException e) {
      throw unreadable(file, detection, e);
    }
  }

  private static Optional<ITextUnit> nextTextUnit(
      IFilter filter, CodeReferences references, Path file, Detection detection) {
    try {
      while (filter.hasNext()) {
        Event event = filter.next();
        references.remember(event);
        if (event.isTextUnit()) {
          return Optional.of(event.getTextUnit());
        }
      }
      return Optional.empty();
    } catch (OkapiException e) {
      throw unreadable(file, detection, e);
    }
  }

  /** A unit's key: its name when the filter gives one (a resource key), else its id. */
  public static String keyOf(ITextUnit unit) {
    String name = unit.getName();
    return name == null || name.isBlank() ? unit.getId() : name;
  }

  private static InvalidInputException unreadable(
      Path file, Detection detection, OkapiException e) {
    return new InvalidInputException(
        file
            + ": cannot be read as "
            + detection.format().displayName()
            + " ("
            + e.getMessage()
            + ")",
        e);
  }
}
