package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;
import org.tarjuman.xliff.model.XliffVersion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Software strings imported by the real pipeline and exported as XLIFF: the resource key is the
 * unit's {@code resname} (1.2) or {@code name} (2.1) beside the stable segment id, the source file's
 * comments are notes, placeholders are inline codes, and the files are schema-valid.
 */
class SoftwareStringsXliffTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final String XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2";
  private static final String XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0";

  private static final String PROPERTIES =
      """
      # {0} is the customer's first name.
      checkout.greeting=Welcome back, {0}!
      checkout.items=You have %d items in your basket.
      checkout.empty=
      """;

  private static final String PO =
      """
      msgid ""
      msgstr ""
      "Content-Type: text/plain; charset=UTF-8\\n"
      "Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\\n"

      #. The button that opens the basket.
      msgctxt "basket.open"
      msgid "Open basket"
      msgstr ""
      """;

  @TempDir Path temp;
  private LocalWorkbench workbench;
  private XliffService service;

  @BeforeEach
  void openWorkspace() {
    workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(temp.resolve("ws")));
    service = new XliffService(workbench.documentStore(), workbench.translationStore());
  }

  @AfterEach
  void closeWorkspace() {
    workbench.close();
  }

  @Test
  void writesPropertyKeysAsResnameAndCommentsAsNotesInXliff12() throws Exception {
    importText("app.properties", PROPERTIES);

    byte[] xliff = export("app.properties", XliffVersion.V1_2);

    Schemas.validate(Schemas.xliff12Strict(), xliff);
    List<Element> units = elements(xliff, XLIFF12, "trans-unit");
    assertThat(units)
        .extracting(u -> u.getAttribute("id").startsWith("s"), u -> u.getAttribute("resname"))
        .containsExactly(tuple(true, "checkout.greeting"), tuple(true, "checkout.items"));
    assertThat(notes(units.get(0), XLIFF12)).contains("{0} is the customer's first name.");
    assertThat(texts(units.get(0), XLIFF12, "ph")).containsExactly("{0}");
    assertThat(texts(units.get(1), XLIFF12, "ph")).containsExactly("%d");
  }

  @Test
  void writesGettextContextAsResnameAndCommentsAsNotesInXliff12() throws Exception {
    importText("ar.po", PO);

    byte[] xliff = export("ar.po", XliffVersion.V1_2);

    Schemas.validate(Schemas.xliff12Strict(), xliff);
    Element unit = elements(xliff, XLIFF12, "trans-unit").get(0);
    assertThat(unit.getAttribute("resname")).isEqualTo("basket.open");
    assertThat(notes(unit, XLIFF12))
        .contains("The button that opens the basket.\nContext: basket.open");
  }

  @Test
  void writesResourceKeysAsUnitNamesInXliff21() throws Exception {
    importText("app.properties", PROPERTIES);

    byte[] xliff = export("app.properties", XliffVersion.V2_1);

    Schemas.validate(Schemas.xliff2CoreWithModules(), xliff);
    List<Element> units = elements(xliff, XLIFF2, "unit");
    assertThat(units)
        .extracting(u -> u.getAttribute("name"))
        .containsExactly("checkout.greeting", "checkout.items");
    assertThat(notes(units.get(0), XLIFF2)).contains("{0} is the customer's first name.");
  }

  private void importText(String name, String text) throws Exception {
    Path file = Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    workbench.importFile(
        new ImportRequest(file, EN, List.of(AR), Optional.empty(), Optional.empty()),
        ImportProgress.NONE);
  }

  private byte[] export(String document, XliffVersion version) throws Exception {
    Path out = temp.resolve(document + "." + version + ".xlf");
    service.exportXliff(document, AR, version, out, /* replace= */ true);
    return Files.readAllBytes(out);
  }

  private static List<Element> elements(byte[] xliff, String namespace, String name)
      throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff));
    return elementsIn(document.getElementsByTagNameNS(namespace, name));
  }

  private static List<String> notes(Element unit, String namespace) {
    return texts(unit, namespace, "note");
  }

  private static List<String> texts(Element parent, String namespace, String name) {
    return elementsIn(parent.getElementsByTagNameNS(namespace, name)).stream()
        .map(Element::getTextContent)
        .toList();
  }

  private static List<Element> elementsIn(NodeList nodes) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
