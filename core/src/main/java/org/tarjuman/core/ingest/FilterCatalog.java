package org.tarjuman.core.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.sf.okapi.common.filters.CompoundFilterParameters;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filters.InlineCodeFinder;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.json.JSONFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.filters.po.POFilter;
import net.sf.okapi.filters.properties.PropertiesFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;
import net.sf.okapi.filters.xml.XMLFilter;
import net.sf.okapi.filters.yaml.YamlFilter;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Detection;

/**
 * The one place that chooses the Okapi filter and its configuration for a detected format. Import
 * ({@link OkapiExtractor}) and merge both take their filter from here, so a translated document is
 * written back with exactly the configuration its units were extracted with. docs/formats.md
 * describes each choice.
 *
 * <ul>
 *   <li>Plain text: {@link PlainTextFilter}, Okapi's paragraph configuration {@code
 *       okf_plaintext_paragraphs} when an empty line separates two lines of text, else the line
 *       configuration {@code okf_plaintext}; {@code unescapeSource} off (a backslash is text).
 *   <li>HTML, DOCX, XLIFF 1.2, XLIFF 2, Markdown: the filter's default configuration.
 *   <li>Gettext PO/POT: {@link POFilter}, bilingual mode, Okapi's ids from context and message id
 *       ({@code makeID}), and the placeholder rules below.
 *   <li>Java properties: {@link PropertiesFilter}, comments as notes, and the placeholder rules.
 *   <li>JSON: {@link JSONFilter}, every string value extracted, the full key path ({@code
 *       /app/title}) as the unit's name, and the placeholder rules.
 *   <li>YAML: {@link YamlFilter}, the full key path as the name, and the placeholder rules.
 *   <li>Android strings.xml: {@link XMLFilter} with Okapi's {@code okf_xml-AndroidStrings} ITS rules
 *       ({@code translatable="false"} is skipped, the string's name is its id, printf placeholders
 *       are codes).
 *   <li>Other XML: {@link XMLFilter}, default configuration: the document's own ITS rules (e.g.
 *       {@code its:translate="no"}) apply.
 * </ul>
 *
 * <p>Placeholder rules (Okapi's {@link InlineCodeFinder}, in this order): {@code {{name}}}
 * (Mustache, i18next), Rails' {@code %{name}}, printf ({@code %s}, {@code %1$d}, {@code %.2f},
 * {@code %@}), ICU and MessageFormat arguments ({@code {0}}, {@code {count}}, {@code {0,number}}),
 * HTML or XML tags inside a string, and backslash escapes ({@code \n}, {@code \t}, {@code
 * \u00e9}) where the filter leaves them in the text.
 */
public final class FilterCatalog {

  /** The placeholder rules, most specific first (Okapi tries the alternatives in order). */
  static final List<String> PLACEHOLDER_RULES =
      List.of(
          "\\{\\{[^{}]+\\}\\}",
          "%\\{\\w+\\}",
          "%(\\d+\\$)?[-+0#]*(\\d+|\\*)?(\\.(\\d+|\\*))?(hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn@]",
          "\\{\\w+(\\s*,\\s*\\w+(\\s*,\\s*[^{}]*)?)?\\}",
          "</?[A-Za-z][\\w:.-]*(\\s[^<>]*)?/?>",
          "\\\\u[0-9a-fA-F]{4}|\\\\[nrtfbv]");

  private static final String PARAGRAPHS_CONFIGURATION = "okf_plaintext_paragraphs";
  private static final String LINES_CONFIGURATION = "okf_plaintext";
  private static final String ANDROID_RULES = "AndroidStrings.fprm";

  /**
   * The Okapi filter for a detected document, configured and not yet opened.
   *
   * @throws InvalidInputException when a plain text file cannot be read to choose its layout
   */
  public IFilter filterFor(Path file, Detection detection) {
    return switch (detection.format()) {
      case PLAIN_TEXT -> plainTextFilter(file, encodingOf(detection));
      case HTML -> new HtmlFilter();
      case DOCX -> new OpenXMLFilter();
      case MARKDOWN -> new MarkdownFilter();
      case PO -> poFilter();
      case PROPERTIES -> propertiesFilter();
      case JSON -> jsonFilter();
      case YAML -> yamlFilter();
      case ANDROID_STRINGS -> androidFilter();
      case XML -> new XMLFilter();
      case XLIFF -> new XLIFFFilter();
      case XLIFF2 -> new XLIFF2Filter();
    };
  }

  /** The charset a text format is opened in; a DOCX's parts declare their own. */
  static Charset encodingOf(Detection detection) {
    return detection.charset().orElse(StandardCharsets.UTF_8);
  }

  private static IFilter poFilter() {
    POFilter filter = new POFilter();
    var parameters = (net.sf.okapi.filters.po.Parameters) filter.getParameters();
    parameters.setBilingualMode(true);
    parameters.setMakeID(true);
    parameters.setUseCodeFinder(true);
    usePlaceholderRules(parameters.getCodeFinder());
    return filter;
  }

  private static IFilter propertiesFilter() {
    PropertiesFilter filter = new PropertiesFilter();
    var parameters = (net.sf.okapi.filters.properties.Parameters) filter.getParameters();
    parameters.setCommentsAreNotes(true);
    // Keep \n and \t as the escapes they are in the file, so they become inline codes.
    parameters.setConvertLFandTab(false);
    parameters.setUseCodeFinder(true);
    usePlaceholderRules(parameters.getCodeFinder());
    return filter;
  }

  private static IFilter jsonFilter() {
    JSONFilter filter = new JSONFilter();
    var parameters = (net.sf.okapi.filters.json.Parameters) filter.getParameters();
    parameters.setExtractAllPairs(true);
    parameters.setUseKeyAsName(true);
    parameters.setUseFullKeyPath(true);
    parameters.setEscapeForwardSlashes(false);
    parameters.setUseCodeFinder(true);
    usePlaceholderRules(parameters.getCodeFinder());
    return filter;
  }

  private static IFilter yamlFilter() {
    YamlFilter filter = new YamlFilter();
    var parameters = (net.sf.okapi.filters.yaml.Parameters) filter.getParameters();
    parameters.setUseKeyAsName(true);
    parameters.setUseFullKeyPath(true);
    parameters.setUseCodeFinder(true);
    usePlaceholderRules(parameters.getCodeFinder());
    return filter;
  }

  private static IFilter androidFilter() {
    XMLFilter filter = new XMLFilter();
    filter.getParameters().load(XMLFilter.class.getResource(ANDROID_RULES), false);
    return filter;
  }

  private static void usePlaceholderRules(InlineCodeFinder finder) {
    finder.reset();
    finder.setUseAllRulesWhenTesting(true);
    finder.addRules(PLACEHOLDER_RULES);
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
    ((net.sf.okapi.filters.plaintext.base.Parameters) parameters.getActiveParameters())
            .unescapeSource =
        false;
    // Reloading the compound filter's parameters hands them to its active sub-filter, so the
    // sub-filter reads and the document's start event reports the same configuration.
    parameters.fromString(parameters.toString());
    return filter;
  }
}
