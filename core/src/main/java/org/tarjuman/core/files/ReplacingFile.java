package org.tarjuman.core.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.tarjuman.core.InvalidInputException;

/**
 * Writes an output file (an XLIFF export, a merged document, a review page, a TMX export, a
 * backup) so that readers see either the old file or the complete new one: the content goes to a
 * temporary file in the same folder, which then takes the file's place in one move (atomic where
 * the file system allows). After a failure the file is untouched and the temporary file is gone.
 *
 * <p>An existing file is replaced only when asked to ({@code --force} at the console); otherwise
 * it is refused before anything is written, and again at the move, so a file that appeared in the
 * meantime is not lost either. The new file gets the permissions of the file it replaces, or
 * {@code rw-r--r--}: outputs are meant to be passed on, and a temporary file is created readable
 * by its owner only.
 */
public final class ReplacingFile {

  /** Writes the content into the temporary file it is given. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path temp) throws IOException;
  }

  /** Writes the content into the stream it is given. */
  @FunctionalInterface
  public interface StreamContent {
    void writeTo(OutputStream out) throws IOException;
  }

  private ReplacingFile() {}

  /**
   * Refuses an existing {@code file} unless {@code replace}; the check to make before long work.
   *
   * @throws InvalidInputException when the file exists and is not to be replaced, or is a folder
   */
  public static void checkWritable(Path file, boolean replace) {
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(file + ": is a folder; name a file to write");
    }
    if (!replace && Files.exists(file)) {
      throw exists(file);
    }
  }

  /**
   * Writes {@code file} with what {@code content} puts into the stream it is given.
   *
   * @throws InvalidInputException when the file exists and {@code replace} is false, or it cannot
   *     be written
   */
  public static void write(Path file, boolean replace, StreamContent content) {
    writeFile(
        file,
        replace,
        temp -> {
          try (OutputStream out =
              new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            content.writeTo(out);
          }
        });
  }

  /**
   * Writes {@code file} with what {@code content} writes into the temporary file it is given.
   *
   * @throws InvalidInputException when the file exists and {@code replace} is false, or it cannot
   *     be written
   */
  public static void writeFile(Path file, boolean replace, Content content) {
    Path absolute = file.toAbsolutePath().normalize();
    checkWritable(absolute, replace);
    Path temp = createTemp(absolute);
    try {
      content.writeTo(temp);
      shareable(temp, absolute);
      move(temp, absolute, replace);
    } catch (FileAlreadyExistsException e) {
      throw exists(file);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be written (" + e.getMessage() + ")", e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static InvalidInputException exists(Path file) {
    return new InvalidInputException(
        file + ": exists; add --force to replace it, or choose another file");
  }

  private static Path createTemp(Path file) {
    Path folder = file.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new InvalidInputException(file + ": cannot be written: there is no folder " + folder);
    }
    try {
      return Files.createTempFile(folder, "." + file.getFileName(), ".part");
    } catch (IOException e) {
      throw new InvalidInputException(
          file + ": cannot be written in " + folder + " (" + e + ")", e);
    }
  }

  private static void shareable(Path temp, Path file) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(file)
            ? Files.getPosixFilePermissions(file)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /** A rename that replaces only when asked: without REPLACE_EXISTING, a move checks first. */
  private static void move(Path temp, Path file, boolean replace) throws IOException {
    if (!replace) {
      Files.move(temp, file);
      return;
    }
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
