package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * Readers no one here wrote (issue 3 §2): Translate Toolkit's {@code pocount} counts the units of
 * an exported XLIFF 1.2 file, and libxml2's {@code xmllint} validates exported files against the
 * OASIS schemas in the shared folder ({@code ../shared/schemas}). Each test is skipped, with the
 * reason, when its tool or the schemas are missing; {@code .ci/run} installs the tools.
 */
class ExternalToolsIT {

  @TempDir Path dir;
  private SeedWorkspace workspace;

  @BeforeEach
  void importSeedArticle() throws IOException {
    workspace = SeedWorkspace.importInto(dir);
  }

  @AfterEach
  void closeWorkspace() {
    workspace.close();
  }

  @Test
  void pocountCountsOneUnitPerSegmentOfAnExportedXliff12File() throws Exception {
    assumeTrue(onPath("pocount"), "pocount is not on PATH (Debian package translate-toolkit)");
    Path exported = export(XliffVersion.V1_2, "article.xlf");
    Path half =
        Files.write(
            dir.resolve("half.xlf"),
            CatTool.translate(
                XliffVersion.V1_2, Files.readAllBytes(exported), "EN: ", n -> n % 2 == 0));

    Map<String, String> untouched = pocount(exported);
    Map<String, String> halfDone = pocount(half);

    assertThat(untouched).containsEntry("Total Message", "16");
    assertThat(untouched).containsEntry("Untranslated Messages", "16");
    assertThat(halfDone).containsEntry("Total Message", "16");
    assertThat(halfDone).containsEntry("Untranslated Messages", "8");
  }

  @Test
  void xmllintValidatesExportedFilesAgainstTheOasisSchemas() throws Exception {
    assumeTrue(onPath("xmllint"), "xmllint is not on PATH (Debian package libxml2-utils)");
    Optional<Path> schemas = SharedFolder.resolve("schemas");
    assumeTrue(schemas.isPresent(), "the shared folder ../shared/schemas is missing");
    Path v12 = export(XliffVersion.V1_2, "article-1.2.xlf");
    Path v21 = export(XliffVersion.V2_1, "article-2.1.xlf");

    List<String> results = new ArrayList<>();
    results.add(xmllint(schemas.get().resolve("xliff12/xliff-core-1.2-strict.xsd"), v12));
    results.add(xmllint(schemas.get().resolve("xliff12/xliff-core-1.2-transitional.xsd"), v12));
    results.add(xmllint(schemas.get().resolve("xliff2/xmllint/xliff21-all.xsd"), v21));

    assertThat(results).allSatisfy(r -> assertThat(r).endsWith(" validates"));
  }

  private Path export(XliffVersion version, String name) {
    Path file = dir.resolve(name);
    workspace.service().exportXliff(SeedWorkspace.DOCUMENT, SeedWorkspace.EN, version, file, /* replace= */ true);
    return file;
  }

  /** {@code pocount --csv}: the data row after its header, by column name, values trimmed. */
  private static Map<String, String> pocount(Path file) throws Exception {
    List<String> lines = run("pocount", "--csv", file.toString()).lines().toList();
    int at =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("Filename,")).findFirst().orElseThrow());
    assertThat(lines).as("pocount output").hasSizeGreaterThan(at + 1);
    String[] header = lines.get(at).split(",");
    String[] row = lines.get(at + 1).split(",");
    Map<String, String> columns = new HashMap<>();
    for (int i = 0; i < Math.min(header.length, row.length); i++) {
      columns.put(header[i].trim(), row[i].trim());
    }
    return columns;
  }

  /** Runs xmllint offline; its last line ("FILE validates" or the failure). */
  private static String xmllint(Path schema, Path file) throws Exception {
    List<String> lines =
        run("xmllint", "--noout", "--nonet", "--schema", schema.toString(), file.toString())
            .lines()
            .toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /** Output and error output of a command; fails the test when it does not end with status 0. */
  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finishes", command[0]).isTrue();
    assertThat(process.exitValue())
        .as("exit status of %s; output:%n%s", command[0], output)
        .isZero();
    return output;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
