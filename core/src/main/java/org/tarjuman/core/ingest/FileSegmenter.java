package org.tarjuman.core.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.segment.InlineCodeProtector;
import org.tarjuman.core.segment.SegmentationRules;
import org.tarjuman.core.segment.Segmenter;
import org.tarjuman.core.segment.WholeStringSegmenter;

/**
 * The import pipeline without the store: detect (Tika) → extract (Okapi filter) → protect inline
 * tokens → segment (SRX; software strings stay whole) in one language, for a file that is read but not kept, such as a
 * translation to align. Any format {@code import} takes is read the same way.
 */
public final class FileSegmenter {

  private static final int PROGRESS_EVERY = 200;
  private static final String STEP = "text units read";

  private final Detector detector;
  private final Extractor extractor;
  private final InlineCodeProtector protector;
  private final SegmentationRules rules;

  public FileSegmenter(
      Detector detector,
      Extractor extractor,
      InlineCodeProtector protector,
      SegmentationRules rules) {
    this.detector = detector;
    this.extractor = extractor;
    this.protector = protector;
    this.rules = rules;
  }

  /**
   * The file's text units in document order, each as its non-blank segments; units without any are
   * left out.
   *
   * @throws InvalidInputException when the file is missing, unreadable, of a format that cannot be
   *     imported, or has no translatable text
   */
  public List<List<Content>> segment(Path file, Locale language) {
    return segment(file, language, Progress.NONE);
  }

  /**
   * The file's text units as {@link #segment(Path, Locale)} has them, telling {@code progress} the
   * units read so far every {@value #PROGRESS_EVERY} units and at the end.
   */
  public List<List<Content>> segment(Path file, Locale language, Progress progress) {
    Detection detection = detector.detect(file);
    // Software strings stay whole, as import keeps them (WholeStringSegmenter).
    Segmenter segmenter =
        detection.format().hasUniqueKeys()
            ? new WholeStringSegmenter()
            : rules.segmenterFor(language);
    List<List<Content>> units = new ArrayList<>();
    extractor.extract(
        file,
        detection,
        language,
        unit -> {
          List<Content> sentences = new ArrayList<>();
          for (Content sentence : segmenter.segment(protector.protect(unit.content()))) {
            if (!sentence.isBlank()) {
              sentences.add(sentence);
            }
          }
          if (!sentences.isEmpty()) {
            units.add(List.copyOf(sentences));
            if (units.size() % PROGRESS_EVERY == 0) {
              progress.progress(STEP, units.size(), 0);
            }
          }
        });
    progress.progress(STEP, units.size(), units.size());
    if (units.isEmpty()) {
      throw new InvalidInputException(file + ": no translatable text found");
    }
    return List.copyOf(units);
  }
}
