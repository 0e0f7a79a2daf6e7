package org.tarjuman.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;

/**
 * Broken software string files (truncated, in another encoding than they declare, with a key twice)
 * are refused with one line that names the file and, where the parser knows it, the line; no
 * parser prints anything of its own beside it, and nothing is stored.
 */
class BadSoftwareFilesTest {

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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "duplicate.properties | : the key 'greeting' occurs twice; keep one of them",
        "duplicate.json | : the key '/title' occurs twice",
        "duplicate.yml | : the key 'en/greeting' occurs twice",
        "duplicate-strings.xml | : the key 'app_name' occurs twice",
        "duplicate.po | : the key 'Open' occurs twice",
        "truncated.json | : cannot be read as JSON (Error parsing JSON file: Lexical error at line 4,"
            + " column 29. Encountered: <EOF>",
        "truncated.yml | : cannot be read as YAML (Error parsing YAML file: Encountered unexpected"
            + " token: \"BLOCK_END\" \"BLOCK_END\" at line 3, column 16.)",
        "truncated.po | : cannot be read as Gettext PO (Problem parsing a quoted string. Line 4:"
            + " Missing closing quote.)",
        "plural-without-msgid-plural.po | : cannot be read as Gettext PO (Line 2: Possible extra or"
            + " invalid plural form of msgstr.)",
        "truncated-strings.xml | :4:40: cannot be read as Android strings.xml (Unexpected EOF;"
            + " was expecting a close tag for element <string>)",
        "truncated.xlf | :5:40: cannot be read as XLIFF 1.2 (",
        "wrong-encoding-strings.xml | :3:26: cannot be read as Android strings.xml (Invalid UTF-8"
            + " middle byte 0xd1)",
        "truncated.properties | :2:6: '\\u00' is not a \\uXXXX escape (four hex digits)",
        "wrong-encoding.json | :1:15: byte 0xE9 is not UTF-8, but JSON files are UTF-8",
        "wrong-encoding.yml | :2:14: byte 0xE9 is not UTF-8, but YAML files are UTF-8",
        "wrong-encoding.po | :5:11: byte 0xE9 is not UTF-8, but its header declares UTF-8",
        "truncated.xml | :4:10: cannot be read as XML (ITS) (Unexpected EOF; was expecting a"
            + " close tag for element <p>)",
        "wrong-encoding-its.xml | :3:9: cannot be read as XML (ITS) (Invalid UTF-8 middle byte"
            + " 0x3c)"
      })
  void refusesWithOneLineAndStoresNothing(String name, String message) throws IOException {
    Path file = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("formats/bad/" + name)) {
      Files.copy(in, file);
    }
    ImportRequest request =
        new ImportRequest(
            file,
            Locale.ENGLISH,
            List.of(Locale.forLanguageTag("ar")),
            Optional.empty(),
            Optional.empty());

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> workbench.importFile(request, ImportProgress.NONE))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith(file + message)
          .hasMessageNotContaining("\n");
    } finally {
      System.setErr(stderr);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .as("what a parser printed on standard error beside the message")
        .isEmpty();
    assertThat(workbench.documents()).isEmpty();
  }
}
