package org.tarjuman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;

class SrxRulesTest {

  private static final String VALID_HEADER =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">\n"
          + "<header segmentsubflows=\"yes\" cascade=\"no\"/>\n";

  @TempDir Path dir;

  @Test
  void bundledRulesAreParsedOnceAndShared() {
    assertThat(SrxRules.bundled()).isSameAs(SrxRules.bundled());
    assertThat(SrxRules.bundled().name()).isEqualTo(SrxRules.BUNDLED_RESOURCE);
  }

  @Test
  void givesANewSegmenterForEachCall() {
    Locale arabic = Locale.forLanguageTag("ar");

    assertThat(SrxRules.bundled().segmenterFor(arabic))
        .isInstanceOf(SrxSegmenter.class)
        .isNotSameAs(SrxRules.bundled().segmenterFor(arabic));
  }

  @Test
  void usesTheRulesOfAUsersSrxFileWhenLoaded() throws Exception {
    SrxRules rules = SrxRules.load(resource("comma-breaks.srx"));
    Segmenter arabic = rules.segmenterFor(Locale.forLanguageTag("ar"));
    Segmenter english = rules.segmenterFor(Locale.ENGLISH);

    assertThat(ArabicSegmentationTest.segmentsOf(arabic, "أولا، ثانيا. ثالثا، رابعا"))
        .containsExactly("أولا،", "ثانيا. ثالثا،", "رابعا");
    assertThat(ArabicSegmentationTest.segmentsOf(english, "Hello. World."))
        .containsExactly("Hello. World.");
  }

  @Test
  void namesAMalformedSrxFileAndSaysWhyInOneLine() throws Exception {
    Path file = resource("malformed.srx");

    assertThatThrownBy(() -> SrxRules.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(file + ": not an SRX 2.0 document (malformed XML at line ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void namesAMissingFile() {
    Path file = dir.resolve("rules.srx");

    assertThatThrownBy(() -> SrxRules.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": file not found");
  }

  @Test
  void refusesADirectory() {
    assertThatThrownBy(() -> SrxRules.load(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(dir + ": is a directory, not an SRX file");
  }

  @Test
  void refusesAnXmlFileThatIsNotSrx() throws IOException {
    Path file = write("page.srx", "<html><body>Hello</body></html>");

    assertThatThrownBy(() -> SrxRules.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            file
                + ": not an SRX 2.0 document (the root element is <html>, expected <srx> in"
                + " namespace http://www.lisa.org/srx20)");
  }

  @Test
  void refusesAnotherSrxVersion() throws IOException {
    Path file =
        write(
            "old.srx",
            "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"1.0\"><header/><body/></srx>");

    assertThatThrownBy(() -> SrxRules.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": not an SRX 2.0 document (version=\"1.0\", expected version=\"2.0\")");
  }

  @Test
  void refusesAnSrxFileWithoutLanguageMaps() throws IOException {
    Path file =
        write(
            "nomaps.srx",
            VALID_HEADER
                + "<body><languagerules><languagerule languagerulename=\"A\"/></languagerules>"
                + "<maprules/></body></srx>");

    assertThatThrownBy(() -> SrxRules.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": no <languagemap> in <maprules>, so its rules apply to no language");
  }

  @Test
  void namesTheRuleGroupWithAnInvalidRegularExpression() throws IOException {
    Path file =
        write(
            "badregex.srx",
            VALID_HEADER
                + "<body><languagerules><languagerule languagerulename=\"Broken\">"
                + "<rule break=\"yes\"><beforebreak>[.?!</beforebreak><afterbreak>\\s</afterbreak>"
                + "</rule></languagerule></languagerules>"
                + "<maprules><languagemap languagepattern=\".*\" languagerulename=\"Broken\"/>"
                + "</maprules></body></srx>");

    assertThatThrownBy(() -> SrxRules.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            file + ": invalid regular expression in <beforebreak> of rule group \"Broken\": [.?!")
        .hasMessageNotContaining("\n");
  }

  @Test
  void namesALanguageMapThatPointsToAMissingRuleGroup() throws IOException {
    Path file =
        write(
            "badmap.srx",
            VALID_HEADER
                + "<body><languagerules><languagerule languagerulename=\"A\"/></languagerules>"
                + "<maprules><languagemap languagepattern=\"ar.*\" languagerulename=\"Arabic\"/>"
                + "</maprules></body></srx>");

    assertThatThrownBy(() -> SrxRules.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            file
                + ": the <languagemap> for \"ar.*\" names the rule group \"Arabic\", which is not"
                + " defined in <languagerules>");
  }

  @Test
  void refusesADoctypeSoNoEntityIsExpanded() throws IOException {
    Path file =
        write(
            "doctype.srx",
            "<?xml version=\"1.0\"?><!DOCTYPE srx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">&x;</srx>");

    assertThatThrownBy(() -> SrxRules.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(file + ": not an SRX 2.0 document (malformed XML at line 1: ");
  }

  @Test
  void loadsTheBundledFileAsAUserFileToo() throws Exception {
    Path copy = dir.resolve("tarjuman.srx");
    try (var in = SrxRules.class.getClassLoader().getResourceAsStream(SrxRules.BUNDLED_RESOURCE)) {
      Files.copy(in, copy);
    }

    Segmenter arabic = SrxRules.load(copy).segmenterFor(Locale.forLanguageTag("ar"));

    assertThat(ArabicSegmentationTest.segmentsOf(arabic, "قال د. أحمد: نعم. ثم ذهب."))
        .containsExactly("قال د. أحمد: نعم.", "ثم ذهب.");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SrxRulesTest.class.getResource(name).toURI());
  }
}
