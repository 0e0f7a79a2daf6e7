package org.tarjuman.benchmarks;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.ingest.OkapiExtractor;
import org.tarjuman.core.ingest.TikaDetector;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.okapi.OkapiContent;
import org.tarjuman.core.segment.Segmenter;
import org.tarjuman.core.segment.SrxRules;
import org.tarjuman.core.segment.TokenCodeFinder;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;
import org.tarjuman.xliff.ExportReport;
import org.tarjuman.xliff.ImportXliffReport;
import org.tarjuman.xliff.XliffService;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * Measures XLIFF export and import of a large document (issue 3 §7), one mode per JVM so that each
 * mode's peak heap is its own:
 *
 * <ul>
 *   <li>{@code okapi}: Okapi's {@link XLIFFWriter} alone writes the document's segments (the same
 *       texts and inline codes the import stores, one {@code <trans-unit>} each) to XLIFF 1.2;
 *       extracting and segmenting them beforehand is not timed;
 *   <li>{@code tarjuman}: {@code export-xliff} (XLIFF 1.2) of the imported document, then {@code
 *       import-xliff} of the same file with every target filled in, through {@link XliffService} on
 *       an H2 workspace; opening the workspace is not timed.
 * </ul>
 *
 * <p>Heap use is watched from a garbage collection when the timed part starts ({@link HeapWatch}),
 * so it covers that part alone. Usage: {@code generate FILE SEGMENTS}; {@code prepare FILE
 * WORKSPACE FILLED} (import, export, fill every target); {@code okapi FILE OUT}; {@code tarjuman
 * WORKSPACE FILLED OUT}. {@code run-xliff-benchmark.sh} runs them in alternation and reports the
 * ratio.
 */
public final class XliffBenchmark {

  private static final Locale ARABIC = Locale.forLanguageTag("ar");
  static final String DOCUMENT = "benchmark";

  private XliffBenchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "generate" -> {
        long bytes = SegmentedCorpus.write(Path.of(args[1]), Integer.parseInt(args[2]), 42L);
        System.out.printf(Locale.ROOT, "generated=%s bytes=%d%n", args[1], bytes);
      }
      case "prepare" -> prepare(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
      case "okapi" -> okapi(Path.of(args[1]), Path.of(args[2]));
      case "tarjuman" -> tarjuman(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
      case "stages" -> XliffStages.run(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
      case "floor" ->
          XliffFloor.run(
              segments(Path.of(args[1])), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]));
      default -> {
        System.err.println(
            "usage: generate FILE SEGMENTS | prepare FILE WORKSPACE FILLED | okapi FILE OUT |"
                + " tarjuman WORKSPACE FILLED OUT | stages WORKSPACE FILLED OUT |"
                + " floor FILE FILLED OUT DBDIR");
        System.exit(2);
      }
    }
  }

  private static void prepare(Path text, Path workspace, Path filled) throws Exception {
    try (LocalWorkbench workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(workspace))) {
      ImportReport imported =
          workbench.importFile(
              new ImportRequest(
                  text, ARABIC, List.of(Locale.ENGLISH), Optional.of(DOCUMENT), Optional.empty()),
              ImportProgress.NONE);
      Path exported = Files.createTempFile(filled.toAbsolutePath().getParent(), "export", ".xlf");
      service(workbench).exportXliff(DOCUMENT, Locale.ENGLISH, XliffVersion.V1_2, exported, /* replace= */ true);
      int units = TargetFiller.fill(exported, filled);
      Files.delete(exported);
      System.out.printf(
          Locale.ROOT,
          "prepared segments=%d filledUnits=%d filledBytes=%d%n",
          imported.segments(),
          units,
          Files.size(filled));
    }
  }

  private static void okapi(Path text, Path out) throws Exception {
    List<Content> segments = segments(text);
    Clock clock = Clock.start();
    writeWithOkapi(segments, out);
    double seconds = clock.seconds();
    System.out.printf(
        Locale.ROOT,
        "mode=okapi segments=%d seconds=%.3f exportSeconds=%.3f importSeconds=0 bytes=%d %s%n",
        segments.size(),
        seconds,
        seconds,
        Files.size(out),
        clock.measures());
  }

  /** The baseline's work: Okapi's XLIFF 1.2 writer alone, one {@code <trans-unit>} per segment. */
  static void writeWithOkapi(List<Content> segments, Path out) throws Exception {
    LocaleId source = LocaleId.fromBCP47("ar");
    LocaleId target = LocaleId.fromBCP47("en");
    XLIFFWriter writer = new XLIFFWriter();
    writer.getParameters().setPlaceholderMode(false);
    writer.getParameters().setIncludeCodeAttrs(true);
    try (OutputStream stream = Files.newOutputStream(out)) {
      writer.setOutput(stream);
      writer.create(null, null, source, target, null, DOCUMENT, null);
      int id = 0;
      for (Content segment : segments) {
        TextUnit unit = new TextUnit("s" + ++id);
        unit.setPreserveWhitespaces(true);
        unit.setSource(new TextContainer(OkapiContent.toFragment(segment)));
        writer.writeTextUnit(unit);
      }
      writer.close();
    }
  }

  private static void tarjuman(Path workspace, Path filled, Path out) {
    try (LocalWorkbench workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(workspace))) {
      XliffService service = service(workbench);
      Clock clock = Clock.start();
      ExportReport exported = service.exportXliff(DOCUMENT, Locale.ENGLISH, XliffVersion.V1_2, out, /* replace= */ true);
      double exportSeconds = clock.seconds();
      ImportXliffReport imported = service.importXliff(filled);
      double seconds = clock.seconds();
      System.out.printf(
          Locale.ROOT,
          "mode=tarjuman segments=%d seconds=%.3f exportSeconds=%.3f importSeconds=%.3f bytes=%d"
              + " updated=%d unchanged=%d rejected=%d tmUnitsAdded=%d %s%n",
          exported.units(),
          seconds,
          exportSeconds,
          seconds - exportSeconds,
          out.toFile().length(),
          imported.updated(),
          imported.unchanged(),
          imported.rejected(),
          imported.tmUnitsAdded(),
          clock.measures());
    }
  }

  static XliffService service(LocalWorkbench workbench) {
    return new XliffService(workbench.documentStore(), workbench.translationStore());
  }

  /** The segments the import stores: the same detector, filter, code finder and SRX rules. */
  private static List<Content> segments(Path text) {
    Segmenter segmenter = SrxRules.bundled().segmenterFor(ARABIC);
    TokenCodeFinder codes = new TokenCodeFinder();
    List<Content> segments = new ArrayList<>();
    new OkapiExtractor()
        .extract(
            text,
            new TikaDetector().detect(text),
            ARABIC,
            unit -> segments.addAll(segmenter.segment(codes.protect(unit.content()))));
    return segments;
  }

  /**
   * Wall-clock time, CPU time of the whole process (all threads: the database's, the JIT compiler's
   * and the collector's too) and heap use of the timed part of a mode. CPU time is reported beside
   * wall-clock time because the benchmark machine may be shared.
   */
  static final class Clock {
    private final HeapWatch heap;
    private final long start;
    private final long cpuStart;

    private Clock() {
      heap = HeapWatch.start();
      cpuStart = processCpuNanos();
      start = System.nanoTime();
    }

    static Clock start() {
      return new Clock();
    }

    double seconds() {
      return (System.nanoTime() - start) / 1e9;
    }

    /** The measures as {@code key=value} pairs, after the time. */
    String measures() {
      return String.format(
          Locale.ROOT,
          "cpuSeconds=%.3f gcSeconds=%.3f peakHeapMiB=%.1f peakLiveHeapMiB=%.1f maxHeapMiB=%.0f",
          (processCpuNanos() - cpuStart) / 1e9,
          heap.gcSeconds(),
          heap.peakUsedMiB(),
          heap.peakLiveMiB(),
          Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static long processCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }
}
