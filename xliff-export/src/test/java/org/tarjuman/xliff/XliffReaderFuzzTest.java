package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.xliff.model.ReturnedFile;

/**
 * Coverage-guided fuzzing of what {@code import-xliff FILE} reads before it needs the workspace
 * (docs/fuzzing.md): any bytes either read as a returned file or are refused with one line naming
 * the file, never another exception, never a hang. The two targets differ in their seeds, XLIFF 1.2
 * and XLIFF 2.1 files as Tarjuman exports them; both go through {@link XliffReader}, which picks
 * the reader by the root element.
 *
 * <p>{@code mvn test} replays the inputs in {@code XliffReaderFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1} fuzzes.
 */
class XliffReaderFuzzTest {

  private static final String FILE_NAME = "fuzz.xlf";

  @TempDir static Path dir;

  private final XliffReader reader = new XliffReader();

  @FuzzTest
  @Timeout(120)
  void readsOrRefusesAnyXliff12File(byte[] data) throws IOException {
    readOrRefuse(data);
  }

  @FuzzTest
  @Timeout(120)
  void readsOrRefusesAnyXliff2File(byte[] data) throws IOException {
    readOrRefuse(data);
  }

  private void readOrRefuse(byte[] data) throws IOException {
    Path file = Files.write(dir.resolve(FILE_NAME), data);
    try {
      ReturnedFile returned = reader.read(file);
      assertThat(returned.units()).allSatisfy(unit -> assertThat(unit.unitId()).isNotBlank());
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).contains(FILE_NAME).doesNotContain("\n", "\r");
    }
  }
}
