package org.tarjuman.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.SourceSegment;
import org.tarjuman.core.model.SourceUnit;
import org.tarjuman.core.segment.InlineCodeProtector;
import org.tarjuman.core.segment.SegmentationRules;
import org.tarjuman.core.segment.Segmenter;
import org.tarjuman.core.segment.WholeStringSegmenter;
import org.tarjuman.core.segment.WordCounter;
import org.tarjuman.core.store.DocumentStore;
import org.tarjuman.core.store.NewVersion;
import org.tarjuman.core.store.StoredVersion;

/**
 * Runs the import pipeline: detect (Tika) → extract (Okapi filter) → protect inline tokens →
 * segment (SRX; software strings stay whole) → count words (GMX-V) → store, all of it streamed into one database transaction,
 * so a failure at any stage leaves the workspace as it was. The report counts the units the file
 * marks as not to translate, and warns when a Gettext catalogue has fewer plural forms than a
 * target language needs ({@link PluralCheck}).
 */
public final class ImportService {

  private static final int PROGRESS_EVERY_UNITS = 500;

  private final Detector detector;
  private final Extractor extractor;
  private final InlineCodeProtector protector;
  private final SegmentationRules bundledRules;
  private final Function<Path, SegmentationRules> userRulesLoader;
  private final Function<Locale, WordCounter> wordCounters;
  private final DocumentStore store;

  public ImportService(
      Detector detector,
      Extractor extractor,
      InlineCodeProtector protector,
      SegmentationRules bundledRules,
      Function<Path, SegmentationRules> userRulesLoader,
      Function<Locale, WordCounter> wordCounters,
      DocumentStore store) {
    this.detector = detector;
    this.extractor = extractor;
    this.protector = protector;
    this.bundledRules = bundledRules;
    this.userRulesLoader = userRulesLoader;
    this.wordCounters = wordCounters;
    this.store = store;
  }

  /** Imports a document as a new document or a new version of the one with the same name. */
  public ImportReport importFile(ImportRequest request, ImportProgress progress) {
    // Rules and detection first: a bad SRX file or an unsupported format is refused before any write.
    SegmentationRules rules = request.srx().map(userRulesLoader).orElse(bundledRules);
    Detection detection = detector.detect(request.file());
    // A software string is one segment, whatever the rules (see WholeStringSegmenter).
    Segmenter segmenter =
        detection.format().hasUniqueKeys()
            ? new WholeStringSegmenter()
            : rules.segmenterFor(request.source());
    WordCounter wordCounter = wordCounters.apply(request.source());
    NewVersion version =
        new NewVersion(
            request.documentName(),
            request.source(),
            request.targets(),
            detection,
            request.file(),
            sha256(request.file()));
    Extraction[] extraction = new Extraction[1];
    StoredVersion stored =
        store.storeVersion(
            version,
            sink ->
                extraction[0] =
                    extractInto(request, detection, segmenter, wordCounter, sink, progress));
    List<String> warnings =
        PluralCheck.warnings(request.file(), extraction[0].pluralForms(), request.targets());
    return new ImportReport(
        stored.documentId(),
        version.name(),
        stored.version(),
        detection.mediaType(),
        detection.charset().map(c -> c.name()).orElse(""),
        stored.units(),
        stored.segments(),
        stored.words(),
        warnings,
        List.of(),
        stored.changes(),
        extraction[0].skipped());
  }

  private Extraction extractInto(
      ImportRequest request,
      Detection detection,
      Segmenter segmenter,
      WordCounter wordCounter,
      Consumer<SourceUnit> sink,
      ImportProgress progress) {
    int[] counts = new int[2];
    Extraction extraction =
        extractor.extract(
            request.file(),
            detection,
            request.source(),
            request.targets(),
            unit -> {
              List<SourceSegment> segments = segmentsOf(unit, segmenter, wordCounter);
              if (segments.isEmpty()) {
                return;
              }
              sink.accept(new SourceUnit(counts[0], unit.key(), segments, unit.note()));
              counts[0]++;
              counts[1] += segments.size();
              if (counts[0] % PROGRESS_EVERY_UNITS == 0) {
                progress.progress(counts[0], counts[1]);
              }
            });
    if (counts[1] == 0) {
      // Thrown inside the transaction, so nothing of this version is stored.
      throw new InvalidInputException(request.file() + ": no translatable text found");
    }
    progress.progress(counts[0], counts[1]);
    return extraction;
  }

  private List<SourceSegment> segmentsOf(
      ExtractedUnit unit, Segmenter segmenter, WordCounter wordCounter) {
    List<SourceSegment> segments = new ArrayList<>();
    for (Content sentence : segmenter.segment(protector.protect(unit.content()))) {
      if (!sentence.isBlank()) {
        segments.add(new SourceSegment(sentence, wordCounter.count(sentence)));
      }
    }
    return segments;
  }

  private static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
