package org.tarjuman.xliff;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.tarjuman.core.InvalidInputException;

/**
 * Writes a file so that readers see either the old file or the complete new one: the content goes
 * to a temporary file in the same folder, which then replaces the target in one move (atomic where
 * the file system allows). After a failure the target is untouched and the temporary file is gone.
 */
final class ReplacingFile {

  private ReplacingFile() {}

  /**
   * Writes {@code file} with what {@code content} puts into the stream it is given.
   *
   * @throws InvalidInputException when the folder cannot be written to
   */
  static void write(Path file, Consumer<OutputStream> content) {
    Path absolute = file.toAbsolutePath();
    Path temp = createTemp(absolute);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.accept(out);
      }
      move(temp, absolute);
    } catch (IOException e) {
      throw new InvalidInputException(
          file + ": cannot be written (" + e.getMessage() + "); choose another --out", e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static Path createTemp(Path file) {
    try {
      return Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
    } catch (IOException e) {
      throw new InvalidInputException(
          file
              + ": cannot be written in "
              + file.getParent()
              + " ("
              + e
              + "); choose another --out",
          e);
    }
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // Only a leftover temporary file; the outcome of the write is already decided.
    }
  }
}
