package org.tarjuman.core.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.files.ReplacingFile;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.ReviewReport;
import org.tarjuman.core.model.SegmentView;

/**
 * Writes a document's review page ({@link ReviewPage}) for one target language, through a {@link
 * ReplacingFile}: a reader never sees half a page and a failed write leaves an older page as it
 * was.
 */
public final class ReviewService {

  private final ReviewPage page = new ReviewPage();

  /**
   * Writes the page of {@code segments} (a document's latest version, with their translations into
   * the report's target) and the report's QA issues.
   *
   * @param out the file to write, or an existing folder to write {@code <document
   *     name>.<target>.review.html} into
   * @param replace whether an existing file is replaced
   * @throws InvalidInputException when the file exists and is not to be replaced, or cannot be
   *     written
   */
  public ReviewReport write(List<SegmentView> segments, QaReport qa, Path out, boolean replace) {
    Locale target = qa.target();
    Path file =
        Files.isDirectory(out) ? out.resolve(defaultFileName(qa.document().name(), target)) : out;
    ReviewPage.Input input = new ReviewPage.Input(qa.document(), target, segments, qa.issues());
    replace(file, replace, input);
    return new ReviewReport(file, qa.document(), target, segments.size(), qa.issues().size());
  }

  /** {@code <document name>.<target>.review.html}, with characters no file system takes as _. */
  public static String defaultFileName(String documentName, Locale target) {
    String safe = documentName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    return safe + "." + target.toLanguageTag() + ".review.html";
  }

  private void replace(Path file, boolean replace, ReviewPage.Input input) {
    ReplacingFile.write(
        file,
        replace,
        stream -> {
          try {
            page.write(input, stream);
          } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
          }
        });
  }
}
