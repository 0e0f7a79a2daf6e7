package org.tarjuman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;

/**
 * Coverage-guided fuzzing of {@code import FILE --srx RULES.srx} (docs/fuzzing.md): any bytes
 * either load as rules that segment a sentence or are refused with one line naming the file, never
 * another exception, never a hang.
 *
 * <p>{@code mvn test} replays the inputs in {@code SrxRulesFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class SrxRulesFuzzTest {

  private static final String FILE_NAME = "fuzz.srx";
  private static final Content TEXT = Content.ofText("أولا، ثانيا؟ Mr. Smith left. «نعم»! Done");

  @TempDir static Path dir;

  @FuzzTest
  @Timeout(120)
  void loadsOrRefusesAnySrxFile(byte[] data) throws IOException {
    Path file = Files.write(dir.resolve(FILE_NAME), data);
    SrxRules rules;
    try {
      rules = SrxRules.load(file);
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).contains(FILE_NAME).doesNotContain("\n", "\r");
      return;
    }
    for (Locale language : new Locale[] {Locale.forLanguageTag("ar"), Locale.ENGLISH}) {
      assertThat(rules.segmenterFor(language).segment(TEXT)).isNotEmpty();
    }
  }
}
