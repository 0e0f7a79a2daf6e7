package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.cli.format.DemoText;
import org.tarjuman.cli.format.DocumentText;
import org.tarjuman.cli.shell.Stderr;

class DemoCommandsTest {

  @TempDir Path workspace;

  private final FakeWorkspaces workspaces = new FakeWorkspaces();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final DemoCommands demo =
      new DemoCommands(
          workspaces.factory(),
          new DocumentText(80),
          new DemoText(),
          new Stderr(new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), () -> false));

  @AfterEach
  void deleteWorkspace() throws Exception {
    workspaces.close();
  }

  @Test
  void importsAlignsCountsAndWritesEveryFileIntoTheDemoWorkspace() throws Exception {
    String out = demo.demo();

    Path folder = workspaces.opened.get(0).folder();
    Path files = folder.resolve("out");
    FakeWorkbench workbench = workspaces.workbenches.get(0);
    assertThat(workbench.imports)
        .singleElement()
        .satisfies(r -> assertThat(r.file().getFileName()).hasToString(DemoCommands.SEED_NAME));
    assertThat(workbench.aligned)
        .singleElement()
        .satisfies(f -> assertThat(f.getFileName()).hasToString(DemoCommands.REFERENCE_NAME));
    assertThat(Files.exists(workbench.aligned.get(0))).as("the copy is deleted").isFalse();
    assertThat(workbench.closed).isTrue();
    for (String xliff : new String[] {DemoCommands.XLIFF_12, DemoCommands.XLIFF_21}) {
      assertThat(out).contains(files.resolve(xliff).toString());
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.resolve(xliff).toFile());
    }
    assertThat(Files.readString(files.resolve(DemoCommands.XLIFF_12))).contains("version=\"1.2\"");
    assertThat(Files.readString(files.resolve(DemoCommands.XLIFF_21))).contains("version=\"2.1\"");
    assertThat(Files.readString(files.resolve(DemoCommands.REVIEW))).contains("dir=\"rtl\"");
    assertThat(out)
        .contains("Imported document 1", "pairs        3", "needs review 1")
        .contains("TM match bands into en", "50-74%")
        .contains("XLIFF 1.2: 3 units, 1 translated", "XLIFF 2.1: 3 units, 1 translated")
        .contains(files.resolve(DemoCommands.REVIEW).toString(), "review page: 3 segments")
        .contains(files.resolve(DemoCommands.MERGED).toString(), "1 segments translated")
        .contains("TARJUMAN_WORKSPACE=" + folder);
    assertThat(out.indexOf("Aligned with")).isBetween(out.indexOf("Imported"), out.indexOf("BAND"));
    assertThat(out.lines().filter(line -> !line.contains(folder.toString())))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void createsAFreshFolderNamedAfterTheTime() {
    Path folder = DemoCommands.freshFolder(workspace, LocalDateTime.of(2026, 3, 4, 5, 6, 7));

    assertThat(folder).isEqualTo(workspace.resolve("demo-20260304-050607"));
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void neverReusesTheFolderOfAnEarlierDemoInTheSameSecond() {
    LocalDateTime now = LocalDateTime.of(2026, 3, 4, 5, 6, 7);

    Path first = DemoCommands.freshFolder(workspace, now);
    Path second = DemoCommands.freshFolder(workspace, now);

    assertThat(second).isNotEqualTo(first).isEqualTo(workspace.resolve("demo-20260304-050607-2"));
  }

  @Test
  void createsTheWorkspaceFolderWhenItDoesNotExistYet() {
    Path folder = DemoCommands.freshFolder(workspace.resolve("new/.tarjuman"), LocalDateTime.now());

    assertThat(Files.isDirectory(folder)).isTrue();
  }

  @Test
  void tellsHowToKeepUsingTheWorkspaceQuotedForTheShell() {
    String hint =
        DemoCommands.howToContinue(Path.of("/home/u/My Work/demo-1"), 1, "cli/target/tarjuman.jar");

    assertThat(hint)
        .contains(
            "TARJUMAN_WORKSPACE='/home/u/My Work/demo-1' \\\n"
                + "    java -jar cli/target/tarjuman.jar segments 1 --target en");
    assertThat(DemoCommands.shellQuoted("it's")).isEqualTo("'it'\\''s'");
  }
}
