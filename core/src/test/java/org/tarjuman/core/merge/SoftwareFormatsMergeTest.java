package org.tarjuman.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.Progress;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.MergeReport;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationUpdate;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * Round trips of the software string and markup formats: each fixture of {@code ingest/formats/}
 * is imported through the real pipeline into H2, translated into Arabic, merged, and the merged
 * file is read with the format's own parser (java.util.Properties, Jackson, SnakeYAML, msgfmt, a
 * DOM parser): the translations sit under the keys of their sources, with the placeholders and
 * markup intact, and what was not extracted is unchanged. A merge without translations gives the
 * original content back.
 */
class SoftwareFormatsMergeTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale AR = Locale.forLanguageTag("ar");

  @TempDir Path temp;
  private LocalWorkbench workbench;

  @BeforeEach
  void openWorkspace() {
    workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(temp.resolve("ws")));
  }

  @AfterEach
  void closeWorkspace() {
    workbench.close();
  }

  @Test
  void mergesPropertiesUnderTheirKeysWithPlaceholders() throws IOException {
    Path original = importFixture("app.properties");
    Properties untranslated =
        properties(merge("app.properties", "un.properties").output(), StandardCharsets.UTF_8);
    assertThat(untranslated).isEqualTo(properties(original, StandardCharsets.ISO_8859_1));

    translateAll("app.properties");
    MergeReport merged = merge("app.properties", "ar.properties");

    // Okapi's writer writes what is not ASCII as Unicode escapes: the file loads as ISO-8859-1, as
    // Properties.load(InputStream) and older ResourceBundles read it.
    assertThat(Files.readString(merged.output(), StandardCharsets.ISO_8859_1))
        .matches("[\\x00-\\x7F]*")
        .contains("checkout.title=\\u062a\\u0631\\u062c\\u0645\\u06291");
    Properties ar = properties(merged.output(), StandardCharsets.ISO_8859_1);
    assertThat(ar.keySet()).isEqualTo(untranslated.keySet());
    assertThat(ar.getProperty("checkout.title")).isEqualTo("ترجمة1");
    assertThat(ar.getProperty("checkout.greeting")).startsWith("ترجمة").contains("{0}");
    assertThat(ar.getProperty("checkout.items")).contains("%d");
    assertThat(ar.getProperty("checkout.total")).contains("%1$s", "%2$s");
    assertThat(ar.getProperty("checkout.terms")).contains("<a href=\"/terms\">", "</a>");
    assertThat(ar.getProperty("checkout.multiline")).contains("\n");
    assertThat(ar.getProperty("checkout.empty")).isEmpty();
    assertThat(ar.values().toString()).doesNotContain("Welcome", "basket", "ships");
  }

  @Test
  void mergesJsonValuesUnderTheirKeyPaths() throws IOException {
    Path original = importFixture("strings.json");
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(merge("strings.json", "un.json").output().toFile()))
        .isEqualTo(json.readTree(original.toFile()));

    translateAll("strings.json");
    JsonNode ar = json.readTree(merge("strings.json", "ar.json").output().toFile());

    assertThat(ar.at("/app/title").asText()).isEqualTo("ترجمة1");
    assertThat(ar.at("/app/welcome").asText()).startsWith("ترجمة").contains("{name}", "{count}");
    assertThat(ar.at("/app/upload").asText()).contains("<b>", "{{fileName}}", "</b>");
    assertThat(ar.at("/errors/notFound").asText()).startsWith("ترجمة").contains("%s");
    assertThat(ar.at("/app/empty").asText()).isEmpty();
    assertThat(ar.at("/errors/version").isInt()).isTrue();
    assertThat(ar.at("/errors/enabled").asBoolean()).isTrue();
  }

  @Test
  void mergesYamlUnderTheirKeyPaths() throws IOException {
    Path original = importFixture("en.yml");
    Yaml yaml = new Yaml();
    assertThat(yamlOf(merge("en.yml", "un.yml").output()))
        .isEqualTo(yaml.<Object>load(Files.readString(original)));

    translateAll("en.yml");
    Map<String, Object> root = yamlOf(merge("en.yml", "ar.yml").output());

    @SuppressWarnings("unchecked")
    Map<String, Object> en = (Map<String, Object>) root.get("en");
    @SuppressWarnings("unchecked")
    Map<String, Object> orders = (Map<String, Object>) en.get("orders");
    assertThat((String) en.get("greeting")).startsWith("ترجمة").contains("%{name}");
    assertThat((String) orders.get("count")).startsWith("ترجمة").contains("%d");
    assertThat(orders.get("title")).isEqualTo("ترجمة3");
    assertThat(orders.get("empty")).isEqualTo("");
    assertThat(en.get("limit")).isEqualTo(20);
  }

  @Test
  void mergesGettextWithSixArabicPluralForms() throws IOException, InterruptedException {
    Path original = importFixture("messages.po");
    assertThat(Files.readString(merge("messages.po", "un.po").output()))
        .isEqualTo(Files.readString(original));
    translateAll("messages.po");

    Path out = merge("messages.po", "ar.po").output();

    String po = Files.readString(out);
    assertThat(po)
        .contains("msgctxt \"basket.open\"\nmsgid \"Open basket\"\nmsgstr \"ترجمة1\"")
        .contains("msgctxt \"menu\"\nmsgid \"Open\"\nmsgstr \"ترجمة2\"")
        .contains("msgid \"Hello %s, you have new mail.\"\nmsgstr \"ترجمة3 %s\"")
        .contains("msgstr[0] \"ترجمة4\"")
        .contains("Plural-Forms: nplurals=6;");
    for (int form = 1; form < 6; form++) {
      assertThat(po).contains("msgstr[" + form + "] \"ترجمة" + (4 + form) + " %d\"");
    }
    assertThat(po).doesNotContain("msgstr[6]");
    assertThat(msgfmtCheck(out)).isEmpty();
  }

  @Test
  void mergesATwoFormTemplateIntoArabicsSixPluralFormsWithArabicsHeader() throws Exception {
    importFixture("messages.pot");
    translateAll("messages.pot");

    Path out = merge("messages.pot", "ar.po").output();

    String po = Files.readString(out);
    assertThat(po)
        .contains(
            "\"Plural-Forms: nplurals=6; plural= n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 &&"
                + " n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5;\\n\"")
        .contains(
            """
            msgid "One file was deleted."
            msgid_plural "%d files were deleted."
            msgstr[0] "ترجمة1"
            msgstr[1] "ترجمة2 %d"
            msgstr[2] "ترجمة3 %d"
            msgstr[3] "ترجمة4 %d"
            msgstr[4] "ترجمة5 %d"
            msgstr[5] "ترجمة6 %d"
            """)
        .doesNotContain("msgstr[6]", "nplurals=INTEGER");
    assertThat(msgfmtCheck(out)).isEmpty();
  }

  @Test
  void writesEachTargetTheFormsItNeedsAndAnUntranslatedFormEmpty() throws Exception {
    Path file = temp.resolve("shop.po");
    Files.writeString(
        file,
        """
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        msgid "One file was deleted."
        msgid_plural "%d files were deleted."
        msgstr[0] ""
        msgstr[1] ""
        """);
    ImportReport report =
        workbench.importFile(
            new ImportRequest(
                file, EN, List.of(AR, Locale.FRENCH), Optional.empty(), Optional.empty()),
            ImportProgress.NONE);
    assertThat(report.units()).isEqualTo(6);
    translateAll("shop.po");

    Path french =
        workbench
            .merge(
                "shop.po",
                Locale.FRENCH,
                Optional.of(temp.resolve("fr.po")),
                false,
                /* replace= */ true,
                Progress.NONE)
            .output();
    String arabic = Files.readString(merge("shop.po", "ar.po").output());

    assertThat(Files.readString(french))
        .contains("nplurals=2; plural=(n != 1);", "msgstr[0] \"\"\nmsgstr[1] \"\"\n")
        .doesNotContain("msgstr[2]");
    assertThat(msgfmtCheck(french)).isEmpty();
    assertThat(arabic).contains("nplurals=6;", "msgstr[5] \"ترجمة6 %d\"");
  }

  @Test
  void addsTheTargetLanguageToATemplateHeaderWithoutOne() throws Exception {
    Path original = importFixture("messages.pot");
    translateAll("messages.pot");

    Path out = merge("messages.pot", "ar.po").output();

    assertThat(Files.readString(out))
        .contains(
            """
            "Project-Id-Version: shop 1.0\\n"
            "Language: ar\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"
            """);
    assertThat(msgfmtWarnings(original)).contains("header field 'Language' missing");
    assertThat(msgfmtWarnings(out)).doesNotContain("'Language'");
  }

  @Test
  void givesATemplateMergedIntoATwoFormLanguageThatLanguagesPluralRule() throws Exception {
    Path file = temp.resolve("messages.pot");
    try (InputStream in = getClass().getResourceAsStream("../ingest/formats/messages.pot")) {
      Files.copy(in, file);
    }
    Locale brazilian = Locale.forLanguageTag("pt-BR");
    workbench.importFile(
        new ImportRequest(
            file, EN, List.of(AR, Locale.FRENCH, brazilian), Optional.empty(), Optional.empty()),
        ImportProgress.NONE);

    Path french =
        workbench
            .merge("messages.pot", Locale.FRENCH, Optional.of(temp.resolve("fr.po")), false,
                /* replace= */ true, Progress.NONE)
            .output();

    Path portuguese =
        workbench
            .merge("messages.pot", brazilian, Optional.of(temp.resolve("pt_BR.po")), false,
                /* replace= */ true, Progress.NONE)
            .output();

    assertThat(Files.readString(french))
        .contains("\"Language: fr\\n\"", "\"Plural-Forms: nplurals=2;")
        .doesNotContain("INTEGER", "msgstr[2]");
    assertThat(Files.readString(portuguese))
        .contains("\"Language: pt_BR\\n\"", "\"Plural-Forms: nplurals=2; plural=(n>1);");
    assertThat(msgfmtCheck(french)).isEmpty();
    assertThat(msgfmtCheck(portuguese)).isEmpty();
  }

  @Test
  void replacesTheSourceLanguageInTheHeaderWithTheTargetInGettextForm() throws Exception {
    Path file = temp.resolve("app.po");
    String header =
        """
        # The app's strings.
        msgid ""
        msgstr ""
        "Project-Id-Version: app 2.1\\n"
        "Report-Msgid-Bugs-To: dev@example.com\\n"
        "POT-Creation-Date: 2026-11-01 10:00+0000\\n"
        "PO-Revision-Date: 2026-11-02 10:00+0000\\n"
        "Last-Translator: Dev <dev@example.com>\\n"
        "Language-Team: none\\n"
        "Language: en\\n"
        "MIME-Version: 1.0\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Content-Transfer-Encoding: 8bit\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"
        """;
    Files.writeString(file, header + "\nmsgid \"Save\"\nmsgstr \"\"\n");
    Locale brazilian = Locale.forLanguageTag("pt-BR");
    workbench.importFile(
        new ImportRequest(file, EN, List.of(AR, brazilian), Optional.empty(), Optional.empty()),
        ImportProgress.NONE);

    Path portuguese =
        workbench
            .merge("app.po", brazilian, Optional.of(temp.resolve("pt_BR.po")), false,
                /* replace= */ true, Progress.NONE)
            .output();
    Path arabic = merge("app.po", "ar.po").output();

    assertThat(Files.readString(portuguese))
        .startsWith(header.replace("Language: en", "Language: pt_BR"));
    assertThat(Files.readString(arabic))
        .contains(header.lines().filter(l -> !l.contains("Plural-Forms")).collect(joining("\n"))
            .replace("Language: en", "Language: ar"))
        .doesNotContain("Language: en");
    assertThat(msgfmtWarnings(portuguese)).isEmpty();
    assertThat(msgfmtWarnings(arabic)).isEmpty();
  }

  @Test
  void mergesAndroidStringsWithMarkupAndPlurals() throws Exception {
    Path original = importFixture("strings.xml");
    assertThat(dom(merge("strings.xml", "un.xml").output()).isEqualNode(dom(original))).isTrue();
    translateAll("strings.xml");

    Document xml = dom(merge("strings.xml", "ar.xml").output());

    assertThat(byName(xml, "string", "app_name").getTextContent()).isEqualTo("ترجمة1");
    assertThat(byName(xml, "string", "greeting").getTextContent()).contains("%1$s");
    Element forecast = byName(xml, "string", "forecast");
    assertThat(forecast.getTextContent()).startsWith("ترجمة").contains("%1$s");
    assertThat(forecast.getElementsByTagName("b").item(0).getTextContent()).contains("%2$s");
    assertThat(byName(xml, "string", "api_key").getTextContent()).isEqualTo("AIzaSyExample");
    NodeList items = byName(xml, "plurals", "days_left").getElementsByTagName("item");
    assertThat(items.getLength()).isEqualTo(2);
    assertThat(items.item(1).getTextContent()).startsWith("ترجمة").contains("%d");
  }

  @Test
  void writesProtectedUrlsMentionsAndHashtagsBackAsEscapedText() throws Exception {
    Path file =
        Files.writeString(
            temp.resolve("share.xml"),
            """
            <?xml version="1.0" encoding="utf-8"?>
            <resources>
                <string name="share">Follow @tarjuman on https://example.com/a?x=1&amp;y=2 #news for %1$s.</string>
            </resources>
            """);
    workbench.importFile(
        new ImportRequest(file, EN, List.of(AR), Optional.empty(), Optional.empty()),
        ImportProgress.NONE);
    assertThat(workbench.segments("share.xml", Optional.empty(), Optional.empty()).get(0).source()
            .codes())
        .extracting(InlineCode::data)
        .contains("@tarjuman", "#news", "%1$s");
    translateAll("share.xml");

    Document xml = dom(merge("share.xml", "share.ar.xml").output());

    assertThat(byName(xml, "string", "share").getTextContent())
        .startsWith("ترجمة1")
        .contains("@tarjuman", "https://example.com/a?x=1&y=2", "#news", "%1$s");
  }

  @Test
  void mergesItsXmlKeepingInlineMarkupAndUntranslatableElements() throws Exception {
    Path original = importFixture("catalog.xml");
    assertThat(dom(merge("catalog.xml", "un.xml").output()).isEqualNode(dom(original))).isTrue();
    translateAll("catalog.xml");

    Document xml = dom(merge("catalog.xml", "ar.xml").output());

    assertThat(xml.getElementsByTagName("name").item(0).getTextContent()).isEqualTo("ترجمة1");
    Element description = (Element) xml.getElementsByTagName("description").item(0);
    assertThat(description.getTextContent()).startsWith("ترجمة");
    assertThat(description.getElementsByTagName("em").getLength()).isEqualTo(1);
    assertThat(xml.getElementsByTagName("sku").item(0).getTextContent()).isEqualTo("LAMP-3000");
  }

  @Test
  void mergesMarkdownKeepingItsSyntax() throws IOException {
    Path original = importFixture("guide.md");
    assertThat(Files.readString(merge("guide.md", "un.md").output()))
        .isEqualTo(Files.readString(original));

    translateAll("guide.md");
    String md = Files.readString(merge("guide.md", "ar.md").output());

    assertThat(md).startsWith("# ترجمة1").contains("**", "](https://example.com/guide)", "`");
    assertThat(md).contains("- ترجمة").doesNotContain("Install", "Choose", "Tap");
  }

  @Test
  void mergesXliff12FromAClientWithTargetsInItsUnits() throws Exception {
    importFixture("client.xlf");
    // Untranslated, Okapi's XLIFF writer gives each unit its source as target.
    NodeList untranslated = dom(merge("client.xlf", "un.xlf").output()).getElementsByTagName("target");
    assertThat(untranslated.item(0).getTextContent()).isEqualTo("Sign in");
    translateAll("client.xlf");

    Document xml = dom(merge("client.xlf", "ar.xlf").output());

    Element title = byAttribute(xml, "trans-unit", "resname", "login.title");
    assertThat(title.getElementsByTagName("target").item(0).getTextContent()).isEqualTo("ترجمة1");
    Element hint = byAttribute(xml, "trans-unit", "resname", "login.hint");
    Element target = (Element) hint.getElementsByTagName("target").item(0);
    assertThat(target.getTextContent()).startsWith("ترجمة");
    assertThat(target.getElementsByTagName("g").getLength()).isEqualTo(1);
    // Okapi's writer gives a translate="no" unit its source as target.
    Element brand = byAttribute(xml, "trans-unit", "resname", "login.brand");
    assertThat(brand.getElementsByTagName("target").item(0).getTextContent()).isEqualTo("Contoso");
  }

  @Test
  void mergesXliff2FromAClientWithTargetsInItsSegments() throws Exception {
    importFixture("client2.xlf");
    translateAll("client2.xlf");

    Document xml = dom(merge("client2.xlf", "ar2.xlf").output());

    Element title = byAttribute(xml, "unit", "id", "login.title");
    assertThat(title.getElementsByTagName("target").item(0).getTextContent()).isEqualTo("ترجمة1");
    Element hint = byAttribute(xml, "unit", "id", "login.hint");
    Element target = (Element) hint.getElementsByTagName("target").item(0);
    assertThat(target.getTextContent()).startsWith("ترجمة");
    assertThat(target.getElementsByTagName("pc").getLength()).isEqualTo(1);
  }

  // -- helpers

  private Path importFixture(String name) throws IOException {
    Path file = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("../ingest/formats/" + name)) {
      Files.copy(in, file);
    }
    ImportReport report =
        workbench.importFile(
            new ImportRequest(file, EN, List.of(AR), Optional.empty(), Optional.empty()),
            ImportProgress.NONE);
    assertThat(report.units()).isPositive();
    return file;
  }

  /**
   * Translates every segment as "ترجمة" and its position in the document, followed by the source's
   * inline codes in their order, separated by spaces.
   */
  private void translateAll(String document) {
    List<SegmentView> segments = workbench.segments(document, Optional.empty(), Optional.empty());
    List<TranslationUpdate> updates = new ArrayList<>();
    for (SegmentView segment : segments) {
      if (segment.source().plainText().matches("\\d+")) {
        continue; // a number (YAML's limit: 20) stays as it is
      }
      StringBuilder coded = new StringBuilder("ترجمة" + segment.index());
      String s = segment.source().coded();
      for (int i = 0; i < s.length(); i++) {
        if (Content.isMarker(s.charAt(i))) {
          coded.append(' ').append(s.charAt(i)).append(s.charAt(++i));
        }
      }
      updates.add(
          new TranslationUpdate(
              segment.id(), new Content(coded.toString(), segment.source().codes()),
              Status.TRANSLATED));
    }
    SegmentView first = segments.get(0);
    workbench
        .translationStore()
        .apply(
            new TranslationBatch(first.documentId(), first.version(), AR, Origin.MANUAL, updates));
  }

  private MergeReport merge(String document, String out) {
    return workbench.merge(
        document, AR, Optional.of(temp.resolve(out)), false, /* replace= */ true, Progress.NONE);
  }

  private static Properties properties(Path file, Charset charset) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, charset)) {
      properties.load(in);
    }
    return properties;
  }

  private static Map<String, Object> yamlOf(Path file) throws IOException {
    return new Yaml().load(Files.readString(file));
  }

  private static Document dom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static Element byName(Document xml, String tag, String name) {
    return byAttribute(xml, tag, "name", name);
  }

  private static Element byAttribute(Document xml, String tag, String attribute, String value) {
    NodeList nodes = xml.getElementsByTagNameNS("*", tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (value.equals(element.getAttribute(attribute))) {
        return element;
      }
    }
    throw new AssertionError("no <" + tag + " " + attribute + "=\"" + value + "\">");
  }

  /** The warnings {@code msgfmt --check} gives about the file, header fields included. */
  private String msgfmtWarnings(Path po) throws IOException, InterruptedException {
    return msgfmtOutput(po).lines().filter(l -> l.contains("warning")).collect(joining("\n"));
  }

  /** What {@code msgfmt --check} says about the file; the test is skipped without gettext. */
  private String msgfmtCheck(Path po) throws IOException, InterruptedException {
    String output = msgfmtOutput(po);
    // The fixture's header lacks the translator's fields; msgfmt warns about them, and so it would
    // about the original.
    String problems =
        output.lines().filter(l -> !l.contains("warning: header field")).collect(joining("\n"));
    return output.startsWith("exit ") ? output : problems;
  }

  /**
   * What {@code msgfmt --check} prints about the file, after "exit N: " when it fails; the test is
   * skipped without gettext.
   */
  private String msgfmtOutput(Path po) throws IOException, InterruptedException {
    Process process;
    try {
      process =
          new ProcessBuilder("msgfmt", "--check", "-o", "/dev/null", po.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      assumeTrue(false, "msgfmt (Debian's gettext) is not installed: " + e.getMessage());
      throw e;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return process.exitValue() == 0 ? output : "exit " + process.exitValue() + ": " + output;
  }
}
