package org.tarjuman.core.review;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.ReviewReport;
import org.tarjuman.core.model.SegmentView;

/**
 * Writes a document's review page ({@link ReviewPage}) for one target language. The page goes to a
 * temporary file in the target's folder, which then replaces the target in one move, so a reader
 * never sees half a page and a failed write leaves an older page as it was.
 */
public final class ReviewService {

  private final ReviewPage page = new ReviewPage();

  /**
   * Writes the page of {@code segments} (a document's latest version, with their translations into
   * the report's target) and the report's QA issues.
   *
   * @param out the file to write (replaced if it exists), or an existing folder to write {@code
   *     <document name>.<target>.review.html} into
   * @throws InvalidInputException when the file cannot be written
   */
  public ReviewReport write(List<SegmentView> segments, QaReport qa, Path out) {
    Locale target = qa.target();
    Path file =
        Files.isDirectory(out) ? out.resolve(defaultFileName(qa.document().name(), target)) : out;
    ReviewPage.Input input = new ReviewPage.Input(qa.document(), target, segments, qa.issues());
    replace(file.toAbsolutePath(), input);
    return new ReviewReport(file, qa.document(), target, segments.size(), qa.issues().size());
  }

  /** {@code <document name>.<target>.review.html}, with characters no file system takes as _. */
  public static String defaultFileName(String documentName, Locale target) {
    String safe = documentName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    return safe + "." + target.toLanguageTag() + ".review.html";
  }

  private void replace(Path file, ReviewPage.Input input) {
    if (!Files.isDirectory(file.getParent())) {
      throw new InvalidInputException(
          file
              + ": cannot be written: there is no folder "
              + file.getParent()
              + "; choose another --out");
    }
    Path temp;
    try {
      temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
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
    try {
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        page.write(input, stream);
      } catch (XMLStreamException e) {
        throw new IOException(e.getMessage(), e);
      }
      shareable(temp, file);
      move(temp, file);
    } catch (IOException e) {
      throw new InvalidInputException(
          file + ": cannot be written (" + e.getMessage() + "); choose another --out", e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // Only a leftover temporary file; the outcome of the write is already decided.
      }
    }
  }

  /**
   * Gives the temporary file (created readable by its owner only) the permissions of the page it
   * replaces, or else {@code rw-r--r--}, as a page written directly would usually have: a review
   * page is meant to be passed on.
   */
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

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
