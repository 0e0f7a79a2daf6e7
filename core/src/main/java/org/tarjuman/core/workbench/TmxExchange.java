package org.tarjuman.core.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.files.ReplacingFile;
import org.tarjuman.core.model.TmStats;
import org.tarjuman.core.model.TmxExportReport;
import org.tarjuman.core.model.TmxImportReport;
import org.tarjuman.core.store.TmStore;
import org.tarjuman.core.store.TmWriteReport;
import org.tarjuman.core.tmx.TmxReader;
import org.tarjuman.core.tmx.TmxWriter;

/**
 * TMX 1.4b import and export of the TM: an import streams the file's units of one pair into the TM
 * in one transaction (a bad file changes nothing), an export streams one pair's units to a file.
 */
public final class TmxExchange {

  private final TmStore store;

  public TmxExchange(TmStore store) {
    this.store = store;
  }

  /**
   * Imports the units of a pair.
   *
   * @param progress told the number of units read so far
   * @throws InvalidInputException for a missing, unsafe or malformed file, or one without the pair
   */
  public TmxImportReport importFile(
      Path file, Optional<Locale> source, Optional<Locale> target, Progress progress) {
    TmxReader.LanguagePair pair = new TmxReader().pairOf(file, source, target);
    return importFile(file, pair.source(), pair.target(), progress);
  }

  public TmxImportReport importFile(
      Path file, Locale source, Locale target, Progress progress) {
    if (source.equals(target)) {
      throw new InvalidInputException("--source and --target are both " + source.toLanguageTag());
    }
    long[] read = {0};
    TmWriteReport written =
        store.add(sink -> read[0] = new TmxReader().read(file, source, target, sink, progress));
    return new TmxImportReport(source, target, read[0], written.added(), written.duplicates());
  }

  /**
   * Exports one pair: the given one, or the TM's only pair when none is given.
   *
   * @throws InvalidInputException when the pair is ambiguous or empty, or the file cannot be
   *     written
   */
  public TmxExportReport exportFile(
      Path file, Optional<Locale> source, Optional<Locale> target, boolean replace) {
    ReplacingFile.checkWritable(file, replace);
    TmStats.Pair pair = pair(store.stats(), source, target);
    long units =
        new TmxWriter()
            .write(
                file,
                pair.source(),
                pair.target(),
                replace,
                sink ->
                    store.forEach(Optional.of(pair.source()), Optional.of(pair.target()), sink));
    return new TmxExportReport(file, pair.source(), pair.target(), units);
  }

  private static TmStats.Pair pair(
      TmStats stats, Optional<Locale> source, Optional<Locale> target) {
    List<TmStats.Pair> matching =
        stats.pairs().stream()
            .filter(p -> source.map(p.source()::equals).orElse(true))
            .filter(p -> target.map(p.target()::equals).orElse(true))
            .toList();
    if (matching.size() == 1) {
      return matching.get(0);
    }
    String all =
        stats.pairs().stream()
            .map(p -> p.source().toLanguageTag() + "→" + p.target().toLanguageTag())
            .collect(Collectors.joining(", "));
    if (matching.isEmpty()) {
      throw new InvalidInputException(
          "the TM has no units "
              + source.map(s -> "from " + s.toLanguageTag() + " ").orElse("")
              + target.map(t -> "into " + t.toLanguageTag()).orElse("")
              + (all.isEmpty() ? "; it is empty" : "; its pairs: " + all));
    }
    throw new InvalidInputException(
        "the TM has several language pairs (" + all + "); choose one with --source and --target");
  }
}
