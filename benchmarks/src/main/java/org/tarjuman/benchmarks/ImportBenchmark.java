package org.tarjuman.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.ingest.OkapiExtractor;
import org.tarjuman.core.ingest.TikaDetector;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.segment.Segmenter;
import org.tarjuman.core.segment.SrxRules;
import org.tarjuman.core.segment.TokenCodeFinder;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;

/**
 * Measures one import of a large Arabic text, in one of two modes, in its own JVM so that each
 * mode's peak heap is its own:
 *
 * <ul>
 *   <li>{@code bare}: Tika detection, Okapi's plain-text filter, the inline-code finder and Okapi's SRX segmenter
 *       with Tarjuman's rules, counting segments and nothing else;
 *   <li>{@code full}: Tarjuman's whole import (Tika detection, the same filter and rules, GMX-V
 *       word counts, normalised keys, H2 storage in one transaction) into a fresh workspace.
 * </ul>
 *
 * <p>Usage: {@code generate FILE MEGABYTES}, {@code bare FILE}, {@code full FILE WORKSPACE}. Each
 * measuring mode prints one line of {@code key=value} pairs. {@code run-import-benchmark.sh} runs
 * them in alternation and reports the ratio.
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "generate" -> {
        long bytes = ArabicCorpus.write(Path.of(args[1]), Long.parseLong(args[2]) << 20, 42L);
        System.out.printf(Locale.ROOT, "generated=%s bytes=%d%n", args[1], bytes);
      }
      case "bare" -> report("bare", Path.of(args[1]), ImportBenchmark::bare);
      case "full" -> report("full", Path.of(args[1]), file -> full(file, Path.of(args[2])));
      default -> {
        System.err.println("usage: generate FILE MB | bare FILE | full FILE WORKSPACE");
        System.exit(2);
      }
    }
  }

  private interface Run {
    long segments(Path file) throws Exception;
  }

  private static void report(String mode, Path file, Run run) throws Exception {
    long start = System.nanoTime();
    long segments = run.segments(file);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "mode=%s bytes=%d segments=%d seconds=%.3f segmentsPerSecond=%.0f peakHeapMiB=%.1f maxHeapMiB=%.0f%n",
        mode,
        Files.size(file),
        segments,
        seconds,
        segments / seconds,
        peakHeap() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  private static long bare(Path file) {
    Detection detection = new TikaDetector().detect(file);
    Segmenter segmenter = SrxRules.bundled().segmenterFor(Locale.forLanguageTag("ar"));
    TokenCodeFinder codes = new TokenCodeFinder();
    long[] segments = {0};
    new OkapiExtractor()
        .extract(
            file,
            detection,
            Locale.forLanguageTag("ar"),
            unit -> segments[0] += segmenter.segment(codes.protect(unit.content())).size());
    return segments[0];
  }

  private static long full(Path file, Path workspace) {
    try (LocalWorkbench workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(workspace))) {
      ImportReport report =
          workbench.importFile(
              new ImportRequest(
                  file,
                  Locale.forLanguageTag("ar"),
                  List.of(Locale.ENGLISH),
                  Optional.of("benchmark"),
                  Optional.empty()),
              ImportProgress.NONE);
      return report.segments();
    }
  }

  /** The sum of the heap pools' peak usage since the JVM started. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
