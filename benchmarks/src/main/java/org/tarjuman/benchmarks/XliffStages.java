package org.tarjuman.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.store.AppliedTranslations;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationUpdate;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;
import org.tarjuman.xliff.ImportPlan;
import org.tarjuman.xliff.XliffComparison;
import org.tarjuman.xliff.XliffExporter;
import org.tarjuman.xliff.XliffReader;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * Where the time of an XLIFF export and import goes: the stages {@code XliffService} runs, called
 * one by one on the same workspace and files as the {@code tarjuman} mode, each with its wall-clock
 * time and the CPU time of the thread that runs it (the rest of the process's CPU time is the JIT
 * compiler, the collector and the database's background writer).
 */
final class XliffStages {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final StringBuilder line = new StringBuilder("mode=stages");
  private long wall;
  private long cpu;

  private XliffStages() {}

  static void run(Path workspace, Path filled, Path out) throws IOException {
    new XliffStages().measure(workspace, filled, out);
  }

  private void measure(Path workspace, Path filled, Path out) throws IOException {
    try (LocalWorkbench workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(workspace))) {
      DocumentSummary document = workbench.document(XliffBenchmark.DOCUMENT);
      Locale english = Locale.ENGLISH;
      start();
      List<SegmentView> segments =
          workbench.documentStore().segments(document.id(), Optional.of(english), Optional.empty());
      stop("readSegments");
      ExportInput input =
          new ExportInput(
              document.name(),
              document.id(),
              document.version(),
              document.source(),
              english,
              segments);
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
        new XliffExporter().export(input, XliffVersion.V1_2, stream);
      }
      stop("writeXliff");
      ReturnedFile file = new XliffReader().read(filled);
      stop("readXliff");
      ImportPlan plan =
          new XliffComparison().compare(file, segments, document.targets(), document.version());
      stop("compare");
      AppliedTranslations applied =
          workbench
              .translationStore()
              .apply(
                  new TranslationBatch(
                      document.id(),
                      document.version(),
                      english,
                      Origin.XLIFF,
                      plan.updates().stream()
                          .map(u -> new TranslationUpdate(u.segmentId(), u.target(), u.status()))
                          .toList()));
      stop("store");
      System.out.println(line + " written=" + applied.written());
    }
  }

  private void start() {
    wall = System.nanoTime();
    cpu = threads.getCurrentThreadCpuTime();
  }

  private void stop(String stage) {
    long nowWall = System.nanoTime();
    long nowCpu = threads.getCurrentThreadCpuTime();
    line.append(
        String.format(
            Locale.ROOT,
            " %sSeconds=%.2f %sCpuSeconds=%.2f",
            stage,
            (nowWall - wall) / 1e9,
            stage,
            (nowCpu - cpu) / 1e9));
    wall = nowWall;
    cpu = nowCpu;
  }
}
