package org.tarjuman.core.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjuman.core.Progress;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.model.TmxImportReport;
import org.tarjuman.core.store.Workspace;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.TmxExchange;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class TmxExchangeTest {

  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale EN = Locale.forLanguageTag("en");

  @TempDir Path temp;
  private Workspace workspace;
  private TmxExchange exchange;

  @BeforeEach
  void open() {
    workspace = Workspace.open(WorkspaceConfig.inFolder(temp.resolve("ws")));
    exchange = new TmxExchange(workspace.tm());
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  static Path resource(String name) {
    try {
      return Path.of(TmxExchangeTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<TmUnit> units(Workspace ws) {
    List<TmUnit> all = new ArrayList<>();
    ws.tm().forEach(Optional.empty(), Optional.empty(), all::add);
    return all;
  }

  @Test
  void importsATranslateToolkitPo2tmxFile() {
    TmxImportReport report = exchange.importFile(resource("po2tmx-en-ar.tmx"), EN, AR, Progress.NONE);

    assertThat(report.added()).isEqualTo(3);
    assertThat(units(workspace))
        .extracting(u -> u.source().plainText(), u -> u.target().plainText())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Open the file", "افتح الملف"),
            org.assertj.core.groups.Tuple.tuple("%d files were deleted.", "حُذفت %d ملفات."),
            org.assertj.core.groups.Tuple.tuple("Save & close", "احفظ وأغلق"));
    assertThat(units(workspace)).allSatisfy(u -> assertThat(u.origin()).isEqualTo(Origin.TMX));
  }

  @Test
  void importsInlineCodesDatesAndContextAndOnlyUnitsOfThePair() {
    List<String> progress = new ArrayList<>();

    TmxImportReport report =
        exchange.importFile(
            resource("okapi-ar-en-codes.tmx"),
            AR,
            EN,
            (step, done, total) -> progress.add(done + "/" + total + " " + step));

    assertThat(report.read()).isEqualTo(2);
    assertThat(progress).endsWith("2/2 TM units");
    TmUnit first = units(workspace).get(0);
    assertThat(first.source().codes())
        .extracting(InlineCode::kind)
        .containsExactly(
            InlineCode.Kind.OPENING, InlineCode.Kind.CLOSING, InlineCode.Kind.PLACEHOLDER);
    assertThat(first.source().plainText()).isEqualTo("وصل <b>الوزير</b> إلى الرباط.<br/>");
    assertThat(first.target().plainText()).isEqualTo("The <b>minister</b> arrived in Rabat.<br/>");
    assertThat(first.created()).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
    assertThat(first.changed()).isEqualTo(Instant.parse("2024-04-15T08:00:00Z"));
    assertThat(first.previous()).contains("بدأت الزيارة.");
  }

  @Test
  void exportThenImportKeepsCodesLanguagesDatesOriginAndContext() {
    exchange.importFile(resource("okapi-ar-en-codes.tmx"), AR, EN, Progress.NONE);
    Path exported = temp.resolve("out.tmx");

    assertThat(exchange.exportFile(exported, Optional.empty(), Optional.empty(), /* replace= */ true).units())
        .isEqualTo(2);
    try (Workspace other = Workspace.open(WorkspaceConfig.inFolder(temp.resolve("other")))) {
      new TmxExchange(other.tm()).importFile(exported, AR, EN, Progress.NONE);

      assertThat(units(other)).isEqualTo(units(workspace));
    }
  }

  @Test
  void exportedFileIsValidAgainstTheTmx14Dtd() throws Exception {
    Optional<Path> dtd = sharedDtd();
    Assumptions.assumeTrue(
        dtd.isPresent(),
        "skipped: ../shared/schemas/tmx/tmx14.dtd is not there to validate against");
    exchange.importFile(resource("okapi-ar-en-codes.tmx"), AR, EN, Progress.NONE);
    Path exported = temp.resolve("out.tmx");
    exchange.exportFile(exported, Optional.of(AR), Optional.of(EN), /* replace= */ true);

    String xml =
        Files.readString(exported, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", "");
    String withDoctype =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE tmx SYSTEM \""
            + dtd.get().toUri()
            + "\">"
            + xml;
    List<String> errors = new ArrayList<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    var builder = factory.newDocumentBuilder();
    builder.setErrorHandler(collecting(errors));
    builder.parse(new InputSource(new StringReader(withDoctype)));

    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xxe.tmx", "billion-laughs.tmx", "truncated.tmx"})
  void refusesUnsafeOrMalformedFilesAndLeavesTheTmUnchanged(String name) {
    exchange.importFile(resource("po2tmx-en-ar.tmx"), EN, AR, Progress.NONE);

    assertThatThrownBy(() -> exchange.importFile(resource(name), AR, EN, Progress.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(resource(name).toString() + ":");
    assertThat(units(workspace)).hasSize(3);
  }

  @Test
  void namesTheLineAndColumnOfBytesTheDeclaredEncodingCannotDecode() throws Exception {
    Path file = temp.resolve("bad-bytes.tmx");
    byte[] head =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "<header srclang=\"ar\" datatype=\"plaintext\" segtype=\"sentence\""
                + " adminlang=\"en\" o-tmf=\"x\" creationtool=\"x\" creationtoolversion=\"1\"/>\n"
                + "<body><tu><tuv xml:lang=\"ar\"><seg>")
            .getBytes(StandardCharsets.UTF_8);
    // "مرحبا" saved as windows-1256 in a file that declares UTF-8: its first byte, 0xe3, starts a
    // three-byte UTF-8 sequence that the next byte (0xd1) cannot continue.
    byte[] arabic1256 = {(byte) 0xe3, (byte) 0xd1, (byte) 0xcd, (byte) 0xc8, (byte) 0xc7};
    byte[] tail =
        "</seg></tuv><tuv xml:lang=\"en\"><seg>Hello</seg></tuv></tu></body></tmx>\n"
            .getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(file)) {
      out.write(head);
      out.write(arabic1256);
      out.write(tail);
    }

    assertThatThrownBy(() -> exchange.importFile(file, AR, EN, Progress.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ":4:35: not well-formed XML: Invalid UTF-8 middle byte 0xd1")
        .hasMessageNotContaining("\n");
    assertThat(units(workspace)).isEmpty();
  }

  @Test
  void takesThePairFromTheHeaderAndTheUnitsWhenNoneIsGiven() {
    TmxImportReport report =
        exchange.importFile(
            resource("po2tmx-en-ar.tmx"), Optional.empty(), Optional.empty(), Progress.NONE);

    assertThat(report.source()).isEqualTo(EN);
    assertThat(report.target()).isEqualTo(AR);
    assertThat(report.added()).isEqualTo(3);
  }

  @Test
  void refusesToGuessTheTargetAmongSeveralLanguagesAndTakesAGivenOne() {
    Path file = resource("okapi-ar-en-codes.tmx");
    assertThatThrownBy(() -> exchange.importFile(file, Optional.empty(), Optional.empty(), Progress.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("header srclang: ar; languages in the file: ar, en, fr")
        .hasMessageEndingWith("choose it with --source and --target");
    assertThat(units(workspace)).isEmpty();

    TmxImportReport report =
        exchange.importFile(file, Optional.empty(), Optional.of(EN), Progress.NONE);
    assertThat(report.source()).isEqualTo(AR);
    assertThat(report.added()).isPositive();
  }

  @Test
  void refusesAFileWithoutTheRequestedPairNamingItsLanguages() {
    assertThatThrownBy(
            () -> exchange.importFile(resource("po2tmx-en-ar.tmx"), AR, Locale.FRENCH, Progress.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("languages in the file: ar, en");
    assertThat(units(workspace)).isEmpty();
  }

  @Test
  void refusesToGuessAPairWhenTheTmHasSeveral() {
    exchange.importFile(resource("po2tmx-en-ar.tmx"), EN, AR, Progress.NONE);
    exchange.importFile(resource("okapi-ar-en-codes.tmx"), AR, EN, Progress.NONE);

    assertThatThrownBy(
            () -> exchange.exportFile(temp.resolve("x.tmx"), Optional.empty(), Optional.empty(), /* replace= */ true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ar→en, en→ar");
    assertThat(temp.resolve("x.tmx")).doesNotExist();
  }

  private static Optional<Path> sharedDtd() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path dtd = dir.resolveSibling("shared").resolve("schemas/tmx/tmx14.dtd");
      if (Files.exists(dtd)) {
        return Optional.of(dtd);
      }
    }
    return Optional.empty();
  }

  private static ErrorHandler collecting(List<String> errors) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }
    };
  }
}
