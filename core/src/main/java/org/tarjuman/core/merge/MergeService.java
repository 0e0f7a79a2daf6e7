package org.tarjuman.core.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.files.ReplacingFile;
import org.tarjuman.core.ingest.OkapiExtractor;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.MergeReport;
import org.tarjuman.core.store.DocumentStore;

/**
 * Writes the translated document of a document's latest version in its original format: the
 * stored original bytes go to a temporary file with the format, charset and byte order mark the
 * import detected (stored with the version), and {@link OkapiMerger} runs the filter and its
 * writer over them with the targets put in. The output is written through a {@link
 * ReplacingFile}, so a failure never leaves a half-written document.
 *
 * <p>Encoding: the original's charset when it can encode every translation written, else UTF-8
 * (and the report says so). DOCX parts keep their own encoding.
 *
 * <p>The segments are read page by page ({@link UnitTargets}), once to count them and once to
 * write, so a large document is never held in memory whole.
 */
public final class MergeService {

  private static final int LISTED_UNTRANSLATED = 20;

  private final DocumentStore store;
  private final OkapiMerger merger;

  public MergeService(DocumentStore store, OkapiExtractor extractor) {
    this.store = store;
    this.merger = new OkapiMerger(extractor);
  }

  /**
   * Merges a document into one of its target languages.
   *
   * @param output the file to write, or a folder for {@code <name>.<target>.<ext>} in it; empty
   *     for that name in {@code folder}
   * @param requireComplete refuse (and write nothing) when a segment has no usable translation
   * @param replace whether an existing output file is replaced
   * @param progress told the text units written so far, of all
   * @throws InvalidInputException for a language the document is not translated into, an
   *     incomplete translation with {@code requireComplete}, or an output that exists (unless
   *     {@code replace}) or cannot be written
   */
  public MergeReport merge(
      DocumentSummary document,
      Locale target,
      Optional<Path> output,
      boolean requireComplete,
      boolean replace,
      Path folder,
      Progress progress) {
    if (!document.targets().contains(target)) {
      throw new InvalidInputException(
          "document '%s' has no target language %s; its targets are %s"
              .formatted(document.name(), target.toLanguageTag(), tags(document.targets())));
    }
    // As the import detected it: the format decides the filter, the charset how it is read.
    Detection detection = store.detection(document.versionId());
    UnitTargets units =
        new UnitTargets(store, document, target, detection.charset(), LISTED_UNTRANSLATED);
    if (requireComplete && units.untranslated() > 0) {
      throw incomplete(document, target, units);
    }
    Path scratch = createTempDirectory();
    try {
      Format format = detection.format();
      Path original = scratch.resolve("original" + extensionOf(format));
      copyOriginal(document, original);
      Path out =
          output
              .filter(o -> !Files.isDirectory(o))
              .orElseGet(
                  () -> output.orElse(folder).resolve(defaultName(document, target, format)));
      ReplacingFile.checkWritable(out, replace);
      List<String> notes = new ArrayList<>();
      Charset encoding = encodingFor(detection, units, notes);
      write(
          original,
          detection,
          document,
          target,
          units,
          new Output(out, encoding, replace),
          progress);
      return new MergeReport(
          document.name(),
          document.version(),
          target,
          detection.format(),
          out,
          detection.charset().isPresent() ? encoding.name() : "",
          units.translated(),
          units.untranslated(),
          notes);
    } finally {
      deleteQuietly(scratch);
    }
  }

  private void write(
      Path original,
      Detection detection,
      DocumentSummary document,
      Locale target,
      UnitTargets units,
      Output output,
      Progress progress) {
    ReplacingFile.writeFile(
        output.file(),
        output.replace(),
        (Path temp) ->
            merger.write(
                original,
                detection,
                new OkapiMerger.Languages(document.source(), target, document.targets()),
                units.units(),
                units.unitCount(),
                temp,
                output.encoding(),
                progress));
  }

  /** A file to write in an encoding, and whether it may replace an existing one. */
  record Output(Path file, Charset encoding, boolean replace) {}

  private static Charset encodingFor(Detection detection, UnitTargets units, List<String> notes) {
    Optional<Charset> charset = detection.charset();
    if (charset.isEmpty()) {
      return StandardCharsets.UTF_8;
    }
    // The sources came from the original, so only the translations need checking.
    if (units.encodable()) {
      return charset.get();
    }
    notes.add(
        "written in UTF-8: the original's encoding, %s, cannot hold the translation"
            .formatted(charset.get().name()));
    return StandardCharsets.UTF_8;
  }

  private static InvalidInputException incomplete(
      DocumentSummary document, Locale target, UnitTargets units) {
    String listed =
        units.firstUntranslated().stream().map(String::valueOf).collect(Collectors.joining(", "));
    String more = units.untranslated() > LISTED_UNTRANSLATED ? ", …" : "";
    return new InvalidInputException(
        "document '%s': %d segment(s) not translated into %s (segments %s%s); nothing written;"
                .formatted(
                    document.name(), units.untranslated(), target.toLanguageTag(), listed, more)
            + " translate them, or merge without --require-complete to keep their source");
  }

  /** {@code name.<target>.ext}: the name's own extension (.yml, .pot, .htm) when it has one. */
  private static String defaultName(DocumentSummary document, Locale target, Format format) {
    String name = document.name().replaceAll("[/\\\\:*?\"<>|]", "_");
    int dot = name.lastIndexOf('.');
    boolean ownExtension = dot > 0 && name.substring(dot + 1).matches("[A-Za-z0-9]{1,10}");
    String extension = ownExtension ? name.substring(dot) : extensionOf(format);
    String base = ownExtension ? name.substring(0, dot) : name;
    return base + "." + target.toLanguageTag() + extension;
  }

  private static String extensionOf(Format format) {
    return switch (format) {
      case PLAIN_TEXT -> ".txt";
      case HTML -> ".html";
      case DOCX -> ".docx";
      case MARKDOWN -> ".md";
      case PO -> ".po";
      case PROPERTIES -> ".properties";
      case JSON -> ".json";
      case YAML -> ".yaml";
      case ANDROID_STRINGS, XML -> ".xml";
      case XLIFF, XLIFF2 -> ".xlf";
    };
  }

  private void copyOriginal(DocumentSummary document, Path file) {
    try (InputStream in = store.original(document.versionId())) {
      Files.copy(in, file);
    } catch (IOException e) {
      throw new StorageException(
          "cannot read the original of document '" + document.name() + "': " + e.getMessage(), e);
    }
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("tarjuman-merge");
    } catch (IOException e) {
      throw new StorageException("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path path) {
    try (var walk = Files.walk(path)) {
      walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a temporary file left behind is harmless.
    }
  }

  private static String tags(List<Locale> locales) {
    return locales.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "));
  }
}
