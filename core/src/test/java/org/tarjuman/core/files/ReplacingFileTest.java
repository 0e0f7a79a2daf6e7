package org.tarjuman.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;

class ReplacingFileTest {

  @TempDir Path folder;

  @Test
  void refusesAnExistingFileWithoutReplaceAndLeavesItAsItWas() throws IOException {
    Path file = Files.writeString(folder.resolve("out.xlf"), "old");

    assertThatThrownBy(() -> ReplacingFile.write(file, false, out -> out.write('x')))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": exists; add --force to replace it, or choose another file");
    assertThat(Files.readString(file)).isEqualTo("old");
    assertOnlyFile(file);
  }

  @Test
  void replacesAnExistingFileWhenAskedTo() throws IOException {
    Path file = Files.writeString(folder.resolve("out.xlf"), "old");

    ReplacingFile.write(file, true, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(Files.readString(file)).isEqualTo("new");
    assertOnlyFile(file);
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(folder.resolve("page.html"), "old");

    assertThatThrownBy(
            () ->
                ReplacingFile.write(
                    file,
                    true,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": cannot be written (disk full)");
    assertThat(Files.readString(file)).isEqualTo("old");
    assertOnlyFile(file);
  }

  @Test
  void aFileThatAppearsWhileWritingIsNotReplaced() throws IOException {
    Path file = folder.resolve("merged.txt");

    assertThatThrownBy(
            () ->
                ReplacingFile.writeFile(
                    file,
                    false,
                    temp -> {
                      Files.writeString(temp, "ours");
                      Files.writeString(file, "theirs");
                    }))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("exists; add --force");
    assertThat(Files.readString(file)).isEqualTo("theirs");
    assertOnlyFile(file);
  }

  @Test
  void aNewFileIsReadableByOthers() throws IOException {
    Path file = folder.resolve("review.html");

    ReplacingFile.write(file, false, out -> out.write('x'));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
  }

  private void assertOnlyFile(Path file) {
    try (var files = Files.list(folder)) {
      assertThat(files.toList()).containsExactly(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
