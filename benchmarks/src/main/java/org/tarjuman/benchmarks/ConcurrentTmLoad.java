package org.tarjuman.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tarjuman.core.Progress;
import org.tarjuman.core.model.TmxImportReport;
import org.tarjuman.core.store.Workspace;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.TmService;
import org.tarjuman.core.workbench.TmxExchange;

/**
 * TM look-ups while another user imports a large TMX file into the same workspace: a second
 * {@link Workspace} (connections of its own, as a second console would have) runs {@code tm import}
 * of a generated TMX 1.4b file of new units in one transaction, while this one keeps running fuzzy
 * top-5 look-ups; their latency is reported beside the import's duration. The look-up just after
 * the import commits reads the new units into the in-memory index, which shows in the maximum.
 */
final class ConcurrentTmLoad {

  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale EN = Locale.forLanguageTag("en");

  private ConcurrentTmLoad() {}

  static void run(WorkspaceConfig config, TmService service, TmCorpus queries, int units, Path tmx)
      throws Exception {
    writeTmx(new TmCorpus(queries.units() + 17L, units), tmx);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Workspace other = Workspace.open(config)) {
      long start = System.nanoTime();
      Future<TmxImportReport> importing =
          pool.submit(() -> new TmxExchange(other.tm()).importFile(tmx, AR, EN, Progress.NONE));
      List<Long> during = new ArrayList<>();
      for (int q = 0; !importing.isDone(); q = (q + 1) % 1000) {
        long t = System.nanoTime();
        TmBenchmark.lookup(service, queries.query(q));
        during.add(System.nanoTime() - t);
      }
      TmxImportReport report = importing.get();
      double importSeconds = TmBenchmark.seconds(start);
      long t = System.nanoTime();
      TmBenchmark.lookup(service, queries.query(0));
      long firstAfter = System.nanoTime() - t;
      long[] nanos = during.stream().mapToLong(Long::longValue).toArray();
      TmBenchmark.print(
          "fuzzyTop5DuringImport",
          "lookups=%d p50ms=%.3f p99ms=%.3f maxms=%.1f importUnits=%d importSeconds=%.1f"
              + " firstAfterCommitMs=%.1f",
          nanos.length,
          TmBenchmark.percentile(nanos, 50),
          TmBenchmark.percentile(nanos, 99),
          max(nanos) / 1e6,
          report.added(),
          importSeconds,
          firstAfter / 1e6);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long max(long[] nanos) {
    long max = 0;
    for (long n : nanos) {
      max = Math.max(max, n);
    }
    return max;
  }

  /** A TMX 1.4b file of the corpus's units, as a CAT tool would export them. */
  private static void writeTmx(TmCorpus corpus, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
      out.write(
          "<header creationtool=\"TmBenchmark\" creationtoolversion=\"1\" datatype=\"plaintext\""
              + " segtype=\"sentence\" adminlang=\"en\" srclang=\"ar\" o-tmf=\"none\"/>\n<body>\n");
      for (int i = 0; i < corpus.units(); i++) {
        out.write("<tu><tuv xml:lang=\"ar\"><seg>" + escape(corpus.source(i)) + "</seg></tuv>");
        out.write("<tuv xml:lang=\"en\"><seg>" + escape(corpus.target(i)) + "</seg></tuv></tu>\n");
      }
      out.write("</body>\n</tmx>\n");
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
