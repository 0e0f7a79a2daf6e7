package org.tarjuman.core.segment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.tarjuman.core.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Segmentation rules from an SRX 2.0 document, run by Okapi's SRX engine.
 *
 * <p>{@link #bundled()} gives Tarjuman's own rules (Okapi's default rules plus an Arabic rule
 * group, see {@code docs/segmentation.md}); {@link #load(Path)} a user's SRX file. Both are checked
 * when loaded: every language map must name a rule group that exists and every regular expression
 * must compile, so a broken file fails at once and not in the middle of an import.
 *
 * <p>Instances are safe to share between threads; the segmenters they give are not.
 */
public final class SrxRules implements SegmentationRules {

  /** The classpath resource holding Tarjuman's bundled rules. */
  public static final String BUNDLED_RESOURCE = "org/tarjuman/core/segment/tarjuman.srx";

  static final String SRX20_NAMESPACE = "http://www.lisa.org/srx20";

  private final SRXDocument document;
  private final String name;

  private SrxRules(SRXDocument document, String name) {
    this.document = document;
    this.name = name;
  }

  /** Tarjuman's bundled rules ({@value #BUNDLED_RESOURCE}). Parsed once, then shared. */
  public static SrxRules bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * A user's SRX 2.0 file.
   *
   * @throws InvalidInputException when the file is missing, unreadable or not a usable SRX 2.0
   *     document; the one-line message names the file and says why, e.g. {@code rules.srx: not an
   *     SRX 2.0 document (malformed XML at line 3: ...)}
   */
  public static SrxRules load(Path srxFile) {
    Objects.requireNonNull(srxFile, "srxFile");
    String name = srxFile.toString();
    byte[] bytes;
    if (Files.isDirectory(srxFile)) {
      throw new InvalidInputException(name + ": is a directory, not an SRX file");
    }
    try {
      bytes = Files.readAllBytes(srxFile);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(name + ": file not found", e);
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(name + ": cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new InvalidInputException(name + ": cannot be read (" + oneLine(e.toString()) + ")", e);
    }
    return parse(bytes, name);
  }

  /** The display name of these rules: the file as given to {@link #load}, or the resource. */
  public String name() {
    return name;
  }

  @Override
  public Segmenter segmenterFor(Locale language) {
    Objects.requireNonNull(language, "language");
    LocaleId locale = localeIdOf(language);
    ISegmenter segmenter;
    synchronized (document) {
      segmenter = document.compileLanguageRules(locale, null);
    }
    return new SrxSegmenter(segmenter);
  }

  @Override
  public String toString() {
    return "SrxRules[" + name + "]";
  }

  static LocaleId localeIdOf(Locale language) {
    String tag = language.toLanguageTag();
    if (tag.isEmpty() || "und".equals(tag)) {
      return LocaleId.EMPTY;
    }
    return LocaleId.fromBCP47(tag);
  }

  private static SrxRules parse(byte[] bytes, String name) {
    checkSrx20(bytes, name);
    SRXDocument document = new SRXDocument();
    try {
      document.loadRules(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      throw notSrx(name, describe(e), e);
    }
    checkRules(document, name);
    return new SrxRules(document, name);
  }

  /** The document element must be {@code <srx version="2.0">} in the SRX 2.0 namespace. */
  private static void checkSrx20(byte[] bytes, String name) {
    Document dom;
    try {
      DocumentBuilder builder = secureFactory().newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // no printing to stderr; errors are thrown
      dom = builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw notSrx(
          name, "malformed XML at line " + e.getLineNumber() + ": " + oneLine(e.getMessage()), e);
    } catch (SAXException | IOException e) {
      throw notSrx(name, "malformed XML: " + oneLine(e.getMessage()), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no usable XML parser", e);
    }
    Element root = dom.getDocumentElement();
    if (!"srx".equals(root.getLocalName()) || !SRX20_NAMESPACE.equals(root.getNamespaceURI())) {
      String found =
          root.getNamespaceURI() == null
              ? "<" + root.getTagName() + ">"
              : "<" + root.getLocalName() + "> in namespace " + root.getNamespaceURI();
      throw notSrx(
          name,
          "the root element is " + found + ", expected <srx> in namespace " + SRX20_NAMESPACE,
          null);
    }
    String version = root.getAttribute("version");
    if (!"2.0".equals(version)) {
      throw notSrx(
          name,
          version.isEmpty()
              ? "no version attribute, expected version=\"2.0\""
              : "version=\"" + version + "\", expected version=\"2.0\"",
          null);
    }
    Element header = child(root, "header");
    if (header == null) {
      throw notSrx(name, "no <header> element", null);
    }
    Element body = child(root, "body");
    if (body == null) {
      throw notSrx(name, "no <body> element", null);
    }
    if (child(body, "languagerules") == null) {
      throw notSrx(name, "no <languagerules> element", null);
    }
    if (child(body, "maprules") == null) {
      throw notSrx(name, "no <maprules> element", null);
    }
  }

  /** Every map names an existing rule group, every pattern compiles. */
  private static void checkRules(SRXDocument document, String name) {
    Map<String, ArrayList<Rule>> groups = document.getAllLanguageRules();
    List<LanguageMap> maps = document.getAllLanguagesMaps();
    if (maps.isEmpty()) {
      throw new InvalidInputException(
          name + ": no <languagemap> in <maprules>, so its rules apply to no language");
    }
    for (LanguageMap map : maps) {
      String pattern = map.getPattern();
      if (pattern == null) {
        throw new InvalidInputException(
            name + ": a <languagemap> has no languagepattern attribute");
      }
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new InvalidInputException(
            name
                + ": invalid languagepattern \""
                + pattern
                + "\" ("
                + oneLine(e.getDescription())
                + ")",
            e);
      }
      if (map.getRuleName() == null || !groups.containsKey(map.getRuleName())) {
        throw new InvalidInputException(
            name
                + ": the <languagemap> for \""
                + pattern
                + "\" names the rule group \""
                + map.getRuleName()
                + "\", which is not defined in <languagerules>");
      }
    }
    for (String group : groups.keySet()) {
      for (Rule rule : groups.get(group)) {
        checkRegex(name, group, rule.getBefore(), "beforebreak");
        checkRegex(name, group, rule.getAfter(), "afterbreak");
      }
      try {
        document.compileSingleLanguageRule(group, null);
      } catch (PatternSyntaxException e) {
        throw new InvalidInputException(
            name
                + ": invalid regular expression in rule group \""
                + group
                + "\" ("
                + oneLine(e.getDescription())
                + ")",
            e);
      } catch (RuntimeException e) {
        throw new InvalidInputException(
            name + ": rule group \"" + group + "\" cannot be used (" + describe(e) + ")", e);
      }
    }
  }

  private static void checkRegex(String name, String group, String regex, String element) {
    if (regex == null || regex.isEmpty()) {
      return;
    }
    // As Okapi compiles it: without its [noauto] suffix, with \Y standing for any inline code.
    String compiled =
        regex.endsWith(SRXDocument.NOAUTO)
            ? regex.substring(0, regex.length() - SRXDocument.NOAUTO.length())
            : regex;
    compiled = compiled.replace(SRXDocument.ANYCODE, SRXDocument.INLINECODE_PATTERN);
    try {
      Pattern.compile(compiled, Pattern.UNICODE_CHARACTER_CLASS);
    } catch (PatternSyntaxException e) {
      throw new InvalidInputException(
          name
              + ": invalid regular expression in <"
              + element
              + "> of rule group \""
              + group
              + "\": "
              + oneLine(regex)
              + " ("
              + oneLine(e.getDescription())
              + ")",
          e);
    }
  }

  private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    return factory;
  }

  private static Element child(Element parent, String localName) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && localName.equals(element.getLocalName())
          && SRX20_NAMESPACE.equals(element.getNamespaceURI())) {
        return element;
      }
    }
    return null;
  }

  private static InvalidInputException notSrx(String name, String reason, Throwable cause) {
    return new InvalidInputException(name + ": not an SRX 2.0 document (" + reason + ")", cause);
  }

  private static String describe(Throwable e) {
    Throwable deepest = e;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage();
    return oneLine(message == null ? deepest.getClass().getSimpleName() : message);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }

  /** Parsed on first use. */
  private static final class Bundled {
    static final SrxRules INSTANCE = loadBundled();

    private static SrxRules loadBundled() {
      try (InputStream in = SrxRules.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing classpath resource " + BUNDLED_RESOURCE);
        }
        return parse(in.readAllBytes(), BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read classpath resource " + BUNDLED_RESOURCE, e);
      }
    }
  }
}
