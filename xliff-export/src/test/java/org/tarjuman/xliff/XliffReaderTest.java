package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.model.ReturnedUnit;
import org.tarjuman.xliff.model.XliffVersion;
import org.w3c.dom.Element;

/** Reading back exported files, as exported and as CAT tools change them. */
class XliffReaderTest {

  private static final String HASHTAG = "#جيش_الدفاع";

  @TempDir Path dir;

  private final ExportInput input = ExportFixture.input();
  private final List<SegmentView> segments = ExportFixture.segmentsOf(input);
  private final int hashtag = ExportFixture.hashtagIndex(segments);
  private final XliffReader reader = new XliffReader();

  private byte[] export(XliffVersion version) {
    return new XliffExporterTestSupport().export(input, version);
  }

  private ReturnedFile read(byte[] xliff) throws IOException {
    return reader.read(Files.write(dir.resolve("article.xlf"), xliff));
  }

  private ReturnedFile read(XmlEdit edited, boolean indent) {
    return reader.read(edited.write(dir, "article.xlf", indent));
  }

  private ReturnedUnit unit(ReturnedFile file, int index) {
    String id = "s" + segments.get(index).id();
    return file.units().stream().filter(u -> u.unitId().equals(id)).findFirst().orElseThrow();
  }

  private static String withCodes(Content content) {
    StringBuilder out = new StringBuilder();
    String coded = content.coded();
    for (int i = 0; i < coded.length(); i++) {
      if (Content.isMarker(coded.charAt(i))) {
        InlineCode code = content.codes().get(coded.charAt(++i) - Content.INDEX_BASE);
        out.append('{')
            .append(code.kind())
            .append(' ')
            .append(code.id())
            .append(' ')
            .append(code.data())
            .append('}');
      } else {
        out.append(coded.charAt(i));
      }
    }
    return out.toString();
  }

  @Test
  void readsBackTheDocumentIdVersionNameAndLanguagesOfBothVersions() throws IOException {
    for (XliffVersion version : XliffVersion.values()) {
      ReturnedFile file = read(export(version));

      assertThat(file.version()).isEqualTo(version);
      assertThat(file.documentId()).isEqualTo(SeedArticle.DOCUMENT_ID);
      assertThat(file.documentVersion()).isEqualTo(SeedArticle.VERSION);
      assertThat(file.documentName()).isEqualTo(SeedArticle.NAME);
      assertThat(file.source()).isEqualTo(SeedArticle.AR);
      assertThat(file.target()).isEqualTo(SeedArticle.EN);
    }
  }

  @Test
  void readsEveryUnitWithItsSourceTargetStateAndNoteAsExported() throws IOException {
    for (XliffVersion version : XliffVersion.values()) {
      ReturnedFile file = read(export(version));

      assertThat(file.units()).hasSize(segments.size());
      for (int i = 0; i < segments.size(); i++) {
        assertThat(withCodes(unit(file, i).source()))
            .isEqualTo(withCodes(segments.get(i).source()));
      }
      ReturnedUnit withHashtag = unit(file, hashtag);
      assertThat(withCodes(withHashtag.target().orElseThrow()))
          .isEqualTo("The IDF {PLACEHOLDER 1 " + HASHTAG + "} hosts an international conference.");
      assertThat(withHashtag.state()).contains(Status.FINAL);
      assertThat(unit(file, ExportFixture.DRAFT).state()).contains(Status.DRAFT);
      assertThat(unit(file, ExportFixture.REVIEWED).state()).contains(Status.REVIEWED);
      assertThat(unit(file, 9).target()).isEmpty();
      assertThat(unit(file, 9).notes())
          .singleElement()
          .asString()
          .contains("segment " + segments.get(9).id());
    }
  }

  @Nested
  class EditedXliff12 {
    private final XmlEdit xliff = XmlEdit.of(export(XliffVersion.V1_2));

    private Element unitElement(int index) {
      return xliff.one("//x:trans-unit[@id='s" + segments.get(index).id() + "']");
    }

    @Test
    void readsATargetAddedByACatToolWithItsState() {
      Element source = xliff.one("//x:trans-unit[@id='s" + segments.get(9).id() + "']/x:source");
      Element target = xliff.insertAfter(source, "target");
      target.setAttribute("state", "translated");
      xliff.text(target, "The army says the exhibition will deepen cooperation.");

      ReturnedUnit unit = unit(read(xliff, false), 9);

      assertThat(unit.target().map(Content::coded))
          .contains("The army says the exhibition will deepen cooperation.");
      assertThat(unit.state()).contains(Status.TRANSLATED);
    }

    @Test
    void readsAChangedTargetAndStateAndAnApprovalAddedByAReviewer() {
      Element target =
          xliff.one(
              "//x:trans-unit[@id='s" + segments.get(ExportFixture.DRAFT).id() + "']/x:target");
      target.setTextContent("The \"Operational Innovation\" conference lasts a week.");
      target.setAttribute("state", "translated");
      unitElement(ExportFixture.TRANSLATED).setAttribute("approved", "yes");

      ReturnedFile file = read(xliff, false);

      assertThat(unit(file, ExportFixture.DRAFT).target().map(Content::coded))
          .contains("The \"Operational Innovation\" conference lasts a week.");
      assertThat(unit(file, ExportFixture.DRAFT).state()).contains(Status.TRANSLATED);
      assertThat(unit(file, ExportFixture.TRANSLATED).state()).contains(Status.REVIEWED);
    }

    @Test
    void readsATargetWithoutStateAsSayingNothingAboutIt() {
      Element source = xliff.one("//x:trans-unit[@id='s" + segments.get(9).id() + "']/x:source");
      xliff.text(xliff.insertAfter(source, "target"), "Done.");

      assertThat(unit(read(xliff, false), 9).state()).isEmpty();
    }

    @Test
    void readsNotesAddedByTheTranslator() {
      Element note =
          xliff.insertAfter(
              xliff.one("//x:trans-unit[@id='s" + segments.get(4).id() + "']/x:note"), "note");
      note.setAttribute("from", "translator");
      xliff.text(note, "Kochavi is the IDF chief of staff.");

      assertThat(unit(read(xliff, false), 4).notes())
          .hasSize(2)
          .last()
          .isEqualTo("Kochavi is the IDF chief of staff.");
    }

    @Test
    void readsAFileReindentedByATool() {
      ReturnedFile file = read(xliff, /* indent= */ true);

      assertThat(file.units()).hasSize(segments.size());
      for (int i = 0; i < segments.size(); i++) {
        assertThat(withCodes(unit(file, i).source()))
            .isEqualTo(withCodes(segments.get(i).source()));
      }
    }

    @Test
    void collapsesWhiteSpaceInContentWhereXmlSpaceIsNoLongerPreserve() {
      Element unit = unitElement(ExportFixture.TRANSLATED);
      unit.removeAttribute("xml:space");
      String text = segments.get(ExportFixture.TRANSLATED).source().coded();
      unit.getElementsByTagNameNS("*", "source")
          .item(0)
          .setTextContent("\n        " + text.replace(" ", "\n          ") + "\n      ");

      ReturnedUnit returned = unit(read(xliff, false), ExportFixture.TRANSLATED);

      assertThat(returned.source().coded()).isEqualTo(text);
    }

    @Test
    void matchesAnInlineCodeMovedInsideTheTargetToTheSourceCode() {
      Element target =
          xliff.one("//x:trans-unit[@id='s" + segments.get(hashtag).id() + "']/x:target");
      Element ph = (Element) target.getElementsByTagNameNS("*", "ph").item(0);
      xliff.moveToEnd(ph);

      ReturnedUnit unit = unit(read(xliff, false), hashtag);

      assertThat(withCodes(unit.target().orElseThrow()))
          .isEqualTo("The IDF  hosts an international conference.{PLACEHOLDER 1 " + HASHTAG + "}");
    }

    @Test
    void takesACodesOriginalTextFromTheSourceWhenAToolRewroteItAsAnEmptyX() {
      Element target =
          xliff.one("//x:trans-unit[@id='s" + segments.get(hashtag).id() + "']/x:target");
      Element ph = (Element) target.getElementsByTagNameNS("*", "ph").item(0);
      Element x = xliff.document().createElementNS(ph.getNamespaceURI(), "x");
      x.setAttribute("id", ph.getAttribute("id"));
      target.replaceChild(x, ph);

      ReturnedUnit unit = unit(read(xliff, false), hashtag);

      assertThat(withCodes(unit.target().orElseThrow()))
          .contains("{PLACEHOLDER 1 " + HASHTAG + "}");
    }

    @Test
    void keepsATargetCodeWithAnIdTheSourceDoesNotHaveSoThatItCanBeRejected() {
      Element target =
          xliff.one("//x:trans-unit[@id='s" + segments.get(hashtag).id() + "']/x:target");
      Element ph = (Element) target.getElementsByTagNameNS("*", "ph").item(0);
      ph.setAttribute("id", "tool-9");

      ReturnedUnit unit = unit(read(xliff, false), hashtag);

      assertThat(unit.target().orElseThrow().codes())
          .singleElement()
          .satisfies(code -> assertThat(code.id()).isNegative());
    }

    @Test
    void refusesATargetOutsideATransUnitWithItsPosition() {
      Element group = xliff.one("//x:group");
      xliff.insertAfter((Element) group.getElementsByTagNameNS("*", "note").item(0), "target");

      assertThatThrownBy(() -> read(xliff, false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageMatching("article\\.xlf:\\d+:\\d+: <target> outside <trans-unit>.*");
    }

    @Test
    void refusesTwoUnitsWithTheSameId() {
      unitElement(1).setAttribute("id", "s" + segments.get(0).id());

      assertThatThrownBy(() -> read(xliff, false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("a second <trans-unit> with id \"s" + segments.get(0).id() + "\"");
    }
  }

  @Nested
  class EditedXliff21 {
    private final XmlEdit xliff = XmlEdit.of(export(XliffVersion.V2_1));

    private Element segmentElement(int index) {
      return xliff.one("//x2:unit[@id='s" + segments.get(index).id() + "']/x2:segment");
    }

    @Test
    void readsATargetAddedByACatToolWithItsState() {
      Element segment = segmentElement(9);
      Element source = (Element) segment.getElementsByTagNameNS("*", "source").item(0);
      Element target = xliff.insertAfter(source, "target");
      // XLIFF 2.1 §4.2.2 <target>: same xml:space as its <source>, as tools keep it.
      target.setAttribute("xml:space", source.getAttribute("xml:space"));
      xliff.text(target, "The army says the exhibition will deepen cooperation.");
      segment.setAttribute("state", "translated");

      ReturnedUnit unit = unit(read(xliff, false), 9);

      assertThat(unit.target().map(Content::coded))
          .contains("The army says the exhibition will deepen cooperation.");
      assertThat(unit.state()).contains(Status.TRANSLATED);
    }

    @Test
    void readsAChangedStateAndDropsASubStateLeftBehind() {
      Element draft = segmentElement(ExportFixture.DRAFT);
      draft.setAttribute("state", "reviewed");
      draft.removeAttribute("subState");
      Element translated = segmentElement(ExportFixture.TRANSLATED);
      translated.setAttribute("subState", "tarjuman:draft");

      ReturnedFile file = read(xliff, false);

      assertThat(unit(file, ExportFixture.DRAFT).state()).contains(Status.REVIEWED);
      assertThat(unit(file, ExportFixture.TRANSLATED).state()).contains(Status.TRANSLATED);
    }

    @Test
    void readsNotesAddedByTheTranslator() {
      Element notes = xliff.one("//x2:unit[@id='s" + segments.get(4).id() + "']/x2:notes");
      Element note = xliff.insertAfter((Element) notes.getFirstChild().getNextSibling(), "note");
      xliff.text(note, "Kochavi is the IDF chief of staff.");

      assertThat(unit(read(xliff, false), 4).notes())
          .hasSize(2)
          .last()
          .isEqualTo("Kochavi is the IDF chief of staff.");
    }

    @Test
    void readsAFileReindentedByATool() {
      ReturnedFile file = read(xliff, true);

      assertThat(file.units()).hasSize(segments.size());
      assertThat(withCodes(unit(file, hashtag).source()))
          .isEqualTo(withCodes(segments.get(hashtag).source()));
      assertThat(withCodes(unit(file, hashtag).target().orElseThrow()))
          .isEqualTo("The IDF {PLACEHOLDER 1 " + HASHTAG + "} hosts an international conference.");
    }

    @Test
    void matchesAnInlineCodeMovedInsideTheTargetToTheSourceCode() {
      Element target =
          (Element) segmentElement(hashtag).getElementsByTagNameNS("*", "target").item(0);
      xliff.moveToEnd(target.getElementsByTagNameNS("*", "ph").item(0));

      ReturnedUnit unit = unit(read(xliff, false), hashtag);

      assertThat(withCodes(unit.target().orElseThrow()))
          .isEqualTo("The IDF  hosts an international conference.{PLACEHOLDER 1 " + HASHTAG + "}");
    }

    /** A glossary (XLIFF 2.1 §5.3) added by a tool as the unit's first child. */
    private void addGlossary(int index, String translationRef) {
      String gls = "urn:oasis:names:tc:xliff:glossary:2.0";
      Element unit = xliff.one("//x2:unit[@id='s" + segments.get(index).id() + "']");
      Element glossary = xliff.document().createElementNS(gls, "gls:glossary");
      Element entry = xliff.document().createElementNS(gls, "gls:glossEntry");
      Element term = xliff.document().createElementNS(gls, "gls:term");
      Element translation = xliff.document().createElementNS(gls, "gls:translation");
      translation.setAttribute("ref", translationRef);
      xliff.text(term, "الجيش");
      xliff.text(translation, "army");
      entry.appendChild(term);
      entry.appendChild(translation);
      glossary.appendChild(entry);
      unit.insertBefore(glossary, unit.getFirstChild());
    }

    @Test
    void readsAGlossaryTranslationThatRefersToAnotherResource() {
      // "t=#m2" is the resource "t=" with fragment m2 (RFC 3986), not a span of this unit.
      addGlossary(9, "t=#m2");

      ReturnedFile file = read(xliff, false);

      assertThat(file.units()).hasSize(segments.size());
      assertThat(unit(file, 9).source().coded()).isEqualTo(segments.get(9).source().coded());
    }

    @Test
    void stillRefusesAGlossaryReferenceToASpanTheUnitDoesNotHave() {
      addGlossary(9, "#m2");

      assertThatThrownBy(() -> read(xliff, false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("article.xlf: not valid XLIFF 2: ")
          .hasMessageContaining("The ref value '#m2' for <translation>");
    }

    @Test
    void refusesAFileThatBreaksAnXliff2ProcessingRequirement() {
      Element target =
          (Element) segmentElement(hashtag).getElementsByTagNameNS("*", "target").item(0);
      ((Element) target.getElementsByTagNameNS("*", "ph").item(0)).setAttribute("dataRef", "d9");

      assertThatThrownBy(() -> read(xliff, false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("article.xlf: not valid XLIFF 2: ")
          .hasMessageContaining("s" + segments.get(hashtag).id());
    }
  }

  @Test
  void reportsXmlThatIsNotWellFormedWithFileLineAndColumn() throws IOException {
    for (XliffVersion version : XliffVersion.values()) {
      String xml = new String(export(version), StandardCharsets.UTF_8);
      byte[] broken = xml.replaceFirst("</source>", "</sorce>").getBytes(StandardCharsets.UTF_8);

      assertThatThrownBy(() -> read(broken))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageMatching("(?s)article\\.xlf:\\d+:\\d+: not well-formed XML: .*");
    }
  }

  @Test
  void refusesAWindows1256FileThatDeclaresUtf8WithOneMessageAndPrintsNothingItself()
      throws IOException {
    for (XliffVersion version : XliffVersion.values()) {
      byte[] windows1256 =
          new String(export(version), StandardCharsets.UTF_8)
              .getBytes(Charset.forName("windows-1256"));
      PrintStream stderr = System.err;
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      Throwable thrown;
      System.setErr(new PrintStream(printed, /* autoFlush= */ true, StandardCharsets.UTF_8));
      try {
        thrown = catchThrowable(() -> read(windows1256));
      } finally {
        System.setErr(stderr);
      }

      assertThat(thrown)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageMatching("article\\.xlf:\\d+:\\d+: not well-formed XML: [^\\n]*UTF-8[^\\n]*");
      assertThat(printed.toString(StandardCharsets.UTF_8)).as("printed on System.err").isEmpty();
    }
  }

  @Test
  void refusesAFileWithoutTarjumansDocumentIdAsNotExportedFromThisWorkspace() throws IOException {
    String xml =
        new String(export(XliffVersion.V1_2), StandardCharsets.UTF_8)
            .replace("x-tarjuman-document-id", "x-something-else");

    assertThatThrownBy(() -> read(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("article.xlf: not exported from this workspace");
  }

  @Test
  void reportsABrokenFileAsBrokenEvenWhenItHasNoDocumentId() throws IOException {
    String xml =
        new String(export(XliffVersion.V2_1), StandardCharsets.UTF_8)
            .replace("document-id", "something-else")
            .replace("</xliff>", "</xliff><xliff/>");

    assertThatThrownBy(() -> read(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not well-formed")
        .hasMessageNotContaining("not exported");
  }

  @Test
  void namesTheVersionOrFormatOfAFileItCannotRead() throws IOException {
    assertThatThrownBy(
            () ->
                read(
                    "<xliff xmlns='urn:oasis:names:tc:xliff:document:1.1' version='1.1'/>"
                        .getBytes()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unsupported XLIFF version")
        .hasMessageContaining("1.1")
        .hasMessageContaining("Tarjuman reads XLIFF 1.2 and XLIFF 2.0/2.1");
    assertThatThrownBy(
            () ->
                read(
                    "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.2' version='2.2'/>"
                        .getBytes()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("XLIFF 2.2 is not supported");
    assertThatThrownBy(() -> read("<html><body/></html>".getBytes()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not an XLIFF file: the root element is <html>");
  }

  @Test
  void reportsAMissingFileAsBadInput() {
    assertThatThrownBy(() -> reader.read(dir.resolve("missing.xlf")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("missing.xlf: no such file");
  }
}
