package org.tarjuman.core.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.model.TmUnit;

/**
 * Coverage-guided fuzzing of {@code tm import FILE.tmx} (docs/fuzzing.md): any bytes either import
 * or are refused with one line naming the file, never another exception, never a hang.
 *
 * <p>{@code mvn test} replays the inputs in {@code TmxReaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class TmxReaderFuzzTest {

  private static final String FILE_NAME = "fuzz.tmx";

  @TempDir static Path dir;

  @FuzzTest
  @Timeout(120)
  void importsOrRefusesAnyTmxFile(byte[] data) throws IOException {
    Path file = Files.write(dir.resolve(FILE_NAME), data);
    TmxReader reader = new TmxReader();
    List<TmUnit> units = new ArrayList<>();
    try {
      // As TmxExchange runs it for a file imported without --source and --target.
      TmxReader.LanguagePair pair = reader.pairOf(file, Optional.empty(), Optional.empty());
      if (!pair.source().equals(pair.target())) {
        long read = reader.read(file, pair.source(), pair.target(), units::add, Progress.NONE);
        assertThat(read).isEqualTo(units.size());
      }
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).contains(FILE_NAME).doesNotContain("\n", "\r");
    }
  }
}
