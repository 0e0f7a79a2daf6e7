package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.xliff.model.ReturnedFileBuilder;

/**
 * The OASIS XLIFF 2.1 conformance suite's core files ({@code
 * ../shared/conformance/xliff2-testsuite}, not copied into the repository): every valid file is
 * read, every invalid file refused.
 */
class XliffConformanceTest {

  /**
   * Invalid core files the reader refuses; all 119 of the suite. Lower it and a regression shows.
   */
  private static final int INVALID_REFUSED_AT_LEAST = 119;

  /**
   * Valid core files; all 25 are read. sample1.xlf's glossary reference {@code ref="t=#m2"}, which
   * okapi-lib-xliff2 1.47 alone would refuse, is read through {@code ForeignGlossaryRefs}.
   */
  private static final int VALID_FILES = 25;

  private Path core;

  @BeforeEach
  void findSuite() {
    Optional<Path> suite = SharedFolder.resolve("conformance/xliff2-testsuite/xliff-2.1/core");
    assumeTrue(
        suite.isPresent(),
        "skipped: the OASIS XLIFF 2.1 conformance suite is not in ../shared/conformance"
            + "/xliff2-testsuite (set -Dtarjuman.shared=DIR to point at the shared folder)");
    core = suite.get();
  }

  @Test
  void readsEveryValidCoreFileUpToTheWorkspaceCheck() throws IOException {
    XliffReader reader = new XliffReader(extraPrefixes());
    List<String> failures = new ArrayList<>();
    int read = 0;
    for (Path file : files("valid")) {
      Throwable thrown = catchThrowable(() -> reader.read(file));
      String name = file.getFileName().toString();
      if (thrown instanceof InvalidInputException e
          && e.getMessage().contains(ReturnedFileBuilder.NOT_EXPORTED)) {
        read++;
      } else {
        failures.add(name + ": " + thrown);
      }
    }

    assertThat(failures).isEmpty();
    assertThat(files("valid")).hasSize(VALID_FILES);
    assertThat(read).isEqualTo(VALID_FILES);
  }

  @Test
  void refusesTheInvalidCoreFilesWithAMessageAndNeverCrashes() throws IOException {
    XliffReader reader = new XliffReader();
    List<String> notRefused = new ArrayList<>();
    List<String> crashes = new ArrayList<>();
    int refused = 0;
    for (Path file : files("invalid")) {
      Throwable thrown = catchThrowable(() -> reader.read(file));
      String name = file.getFileName().toString();
      if (thrown instanceof InvalidInputException e
          && !e.getMessage().contains(ReturnedFileBuilder.NOT_EXPORTED)) {
        assertThat(e.getMessage()).startsWith(name + ":");
        refused++;
      } else if (thrown == null || thrown instanceof InvalidInputException) {
        notRefused.add(name);
      } else {
        crashes.add(name + ": " + thrown);
      }
    }

    assertThat(crashes).isEmpty();
    assertThat(files("invalid")).hasSize(119);
    assertThat(refused)
        .as("refused; not refused: %s", notRefused)
        .isGreaterThanOrEqualTo(INVALID_REFUSED_AT_LEAST);
  }

  private List<Path> files(String folder) throws IOException {
    try (Stream<Path> files = Files.list(core.resolve(folder))) {
      return files.filter(f -> f.toString().endsWith(".xlf")).sorted().toList();
    }
  }

  /** The extension prefixes the suite registers for its valid files. */
  private Map<String, String> extraPrefixes() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(core.resolve("valid/extra-prefixes.properties"))) {
      properties.load(in);
    }
    Map<String, String> prefixes = new HashMap<>();
    properties.forEach((namespace, prefix) -> prefixes.put((String) namespace, (String) prefix));
    return prefixes;
  }
}
