package org.tarjuman.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.TranslationUnit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import net.sf.okapi.tm.pensieve.seeker.ITmSeeker;
import net.sf.okapi.tm.pensieve.seeker.TmSeekerFactory;
import net.sf.okapi.tm.pensieve.writer.ITmWriter;
import net.sf.okapi.tm.pensieve.writer.TmWriterFactory;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.store.TmStore;
import org.tarjuman.core.store.Workspace;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.tm.FuzzyScore;
import org.tarjuman.core.tm.Tokeniser;
import org.tarjuman.core.workbench.TmService;

/**
 * The TM at scale, in one of two modes, each in its own JVM so that each heap figure is its own:
 *
 * <ul>
 *   <li>{@code tarjuman WORKSPACE UNITS QUERIES}: stores the {@link TmCorpus} units in a fresh
 *       workspace in one transaction, then, for the queries, exact look-up latency ({@code
 *       TmStore.exact}) and fuzzy top-5 latency at 70% ({@code TmService.lookup}: exact, in-context
 *       check, index search, rows read, differences), the first look-up (which loads the index)
 *       apart, after a warm-up of 200 other queries; heap after a full GC with the index loaded,
 *       and the heap pools' peak; then recall against a brute-force scan that scores every unit
 *       with {@link FuzzyScore}: the share of the scan's top 5 at 70% or more that the look-up
 *       returned, and the share of all the scan's matches at 70% or more that the look-up's index
 *       finds with no limit;
 *   <li>{@code pensieve FOLDER UNITS QUERIES}: the same units in Okapi's Pensieve TM (Lucene), its
 *       indexing time, and {@code searchFuzzy(query, 70, 5)} latency.
 * </ul>
 *
 * Each mode prints {@code key=value} lines; {@code run-tm-benchmark.sh} runs both.
 */
public final class TmBenchmark {

  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale EN = Locale.forLanguageTag("en");
  private static final Instant DATE = Instant.parse("2026-01-01T00:00:00Z");
  private static final long SEED = 4L;
  private static final int WARM_UP = 200;
  private static final int MIN = 70;
  private static final int LIMIT = 5;
  private static final int[] NONE = new int[0];

  private TmBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4 || !(args[0].equals("tarjuman") || args[0].equals("pensieve"))) {
      System.err.println("usage: tarjuman|pensieve FOLDER UNITS QUERIES [UNITS_PER_TRANSACTION]");
      System.exit(2);
    }
    TmCorpus corpus = new TmCorpus(SEED, Integer.parseInt(args[2]));
    int queries = Integer.parseInt(args[3]);
    if (args[0].equals("tarjuman")) {
      int perTransaction = args.length > 4 ? Integer.parseInt(args[4]) : corpus.units();
      tarjuman(corpus, Path.of(args[1]), queries, perTransaction);
    } else {
      pensieve(corpus, Path.of(args[1]), queries);
    }
  }

  private static void tarjuman(TmCorpus corpus, Path folder, int queries, int perTransaction)
      throws Exception {
    // TARJUMAN_DB_URL (with TARJUMAN_DB_USER, TARJUMAN_DB_PASSWORD) runs it on that database,
    // e.g. PostgreSQL; -Dtarjuman.db.url=... overrides the URL, e.g. to try H2 settings.
    WorkspaceConfig env = WorkspaceConfig.fromEnvironment(System.getenv(), folder);
    Optional<String> url =
        Optional.ofNullable(System.getProperty("tarjuman.db.url")).or(env::jdbcUrl);
    WorkspaceConfig config = new WorkspaceConfig(folder, url, env.user(), env.password());
    try (Workspace workspace = Workspace.open(config)) {
      TmStore tm = workspace.tm();
      long start = System.nanoTime();
      for (int from = 0; from < corpus.units(); from += perTransaction) {
        int first = from;
        int end = Math.min(corpus.units(), from + perTransaction);
        tm.add(
            sink -> {
              for (int i = first; i < end; i++) {
                sink.accept(corpus.unit(i, DATE));
              }
            });
      }
      print(
          "import",
          "units=%d perTransaction=%d seconds=%.1f unitsPerSecond=%.0f databaseMiB=%.0f",
          corpus.units(),
          perTransaction,
          seconds(start),
          corpus.units() / seconds(start),
          databaseSize(folder) / 1048576.0);

      TmService service = new TmService(tm);
      start = System.nanoTime();
      lookup(service, corpus.query(queries + WARM_UP));
      print("indexLoad", "seconds=%.1f", seconds(start));
      for (int q = 0; q < WARM_UP; q++) {
        lookup(service, corpus.query(queries + q));
        tm.exact(AR, EN, Content.ofText(corpus.query(queries + q)), LIMIT);
      }
      long[] exact = new long[queries];
      long[] fuzzy = new long[queries];
      List<List<TmMatch>> results = new ArrayList<>();
      for (int q = 0; q < queries; q++) {
        Content query = Content.ofText(corpus.query(q));
        long t = System.nanoTime();
        tm.exact(AR, EN, query, LIMIT);
        exact[q] = System.nanoTime() - t;
        t = System.nanoTime();
        results.add(lookup(service, corpus.query(q)));
        fuzzy[q] = System.nanoTime() - t;
      }
      print("exact", "p50ms=%.3f p99ms=%.3f", percentile(exact, 50), percentile(exact, 99));
      print(
          "fuzzyTop5",
          "p50ms=%.3f p99ms=%.3f queriesWithMatches=%d",
          percentile(fuzzy, 50),
          percentile(fuzzy, 99),
          results.stream().filter(r -> !r.isEmpty()).count());
      System.gc();
      print(
          "heap",
          "afterGcMiB=%.0f peakMiB=%.0f maxMiB=%.0f",
          usedHeap() / 1048576.0,
          peakHeap() / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0);
      // -Dtarjuman.recall.queries=N checks recall on the first N queries only (the scan is slow).
      recall(corpus, Integer.getInteger("tarjuman.recall.queries", queries), results, service);
      // -Dtarjuman.concurrent.units=N: look-ups while another workspace imports N units of TMX.
      int concurrent = Integer.getInteger("tarjuman.concurrent.units", 0);
      if (concurrent > 0) {
        Files.createDirectories(folder);
        ConcurrentTmLoad.run(config, tm, corpus, concurrent, folder);
      }
    }
    print("closed", "databaseMiB=%.0f", databaseSize(folder) / 1048576.0);
  }

  static List<TmMatch> lookup(TmService service, String text) {
    return service.lookup(Content.ofText(text), AR, EN, Optional.empty(), MIN, LIMIT);
  }

  /** Brute force: every unit scored against every query, with the index's own score. */
  private static void recall(
      TmCorpus corpus, int queries, List<List<TmMatch>> results, TmService service) {
    Map<String, Integer> ids = new HashMap<>();
    BitSet numbers = new BitSet();
    int[][] units = new int[corpus.units()][];
    for (int i = 0; i < units.length; i++) {
      units[i] = intern(ArabicNormaliser.normalise(corpus.source(i)), ids, numbers);
    }
    long start = System.nanoTime();
    long expectedTop = 0;
    long foundTop = 0;
    long expectedAll = 0;
    long foundAll = 0;
    for (int q = 0; q < queries; q++) {
      int[] query = intern(ArabicNormaliser.normalise(corpus.query(q)), ids, numbers);
      List<long[]> scan = new ArrayList<>();
      for (int i = 0; i < units.length; i++) {
        // Lengths alone bound the score (FuzzyScore's class comment): skipping these loses nothing.
        if (100L * Math.min(query.length, units[i].length)
            < (long) MIN * Math.max(query.length, units[i].length)) {
          continue;
        }
        int score = FuzzyScore.score(query, units[i], NONE, NONE, numbers::get);
        if (score >= MIN) {
          scan.add(new long[] {score, i + 1L});
        }
      }
      scan.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(b[1], a[1]));
      List<Long> returned = results.get(q).stream().map(TmMatch::id).toList();
      for (int k = 0; k < Math.min(LIMIT, scan.size()); k++) {
        expectedTop++;
        foundTop += returned.contains(scan.get(k)[1]) ? 1 : 0;
      }
      if (!scan.isEmpty()) {
        List<Long> all =
            service
                .lookup(Content.ofText(corpus.query(q)), AR, EN, Optional.empty(), MIN, scan.size())
                .stream()
                .map(TmMatch::id)
                .toList();
        expectedAll += scan.size();
        foundAll += scan.stream().filter(s -> all.contains(s[1])).count();
      }
    }
    print(
        "recall",
        "top5=%.4f (%d of %d) all=%.4f (%d of %d) bruteForceSeconds=%.0f",
        ratio(foundTop, expectedTop),
        foundTop,
        expectedTop,
        ratio(foundAll, expectedAll),
        foundAll,
        expectedAll,
        seconds(start));
  }

  private static void pensieve(TmCorpus corpus, Path folder, int queries) throws IOException {
    Files.createDirectories(folder);
    LocaleId ar = LocaleId.fromBCP47("ar");
    LocaleId en = LocaleId.fromBCP47("en");
    long start = System.nanoTime();
    ITmWriter writer = TmWriterFactory.createFileBasedTmWriter(folder.toString(), true);
    for (int i = 0; i < corpus.units(); i++) {
      writer.indexTranslationUnit(
          new TranslationUnit(
              new TranslationUnitVariant(ar, new TextFragment(corpus.source(i))),
              new TranslationUnitVariant(en, new TextFragment(corpus.target(i)))));
    }
    writer.close();
    print(
        "pensieveImport",
        "units=%d seconds=%.1f unitsPerSecond=%.0f",
        corpus.units(),
        seconds(start),
        corpus.units() / seconds(start));
    try (ITmSeeker seeker = TmSeekerFactory.createFileBasedTmSeeker(folder.toString())) {
      for (int q = 0; q < WARM_UP; q++) {
        seeker.searchFuzzy(new TextFragment(corpus.query(queries + q)), MIN, LIMIT, null);
      }
      long[] fuzzy = new long[queries];
      long withMatches = 0;
      for (int q = 0; q < queries; q++) {
        long t = System.nanoTime();
        int hits = seeker.searchFuzzy(new TextFragment(corpus.query(q)), MIN, LIMIT, null).size();
        fuzzy[q] = System.nanoTime() - t;
        withMatches += hits > 0 ? 1 : 0;
      }
      print(
          "pensieveFuzzyTop5",
          "p50ms=%.3f p99ms=%.3f queriesWithMatches=%d",
          percentile(fuzzy, 50),
          percentile(fuzzy, 99),
          withMatches);
    }
    System.gc();
    print(
        "pensieveHeap",
        "afterGcMiB=%.0f peakMiB=%.0f",
        usedHeap() / 1048576.0,
        peakHeap() / 1048576.0);
  }

  /** The size of the H2 files in the folder; 0 for a database elsewhere (PostgreSQL). */
  private static long databaseSize(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (var files = Files.list(folder).filter(f -> f.toString().endsWith(".db"))) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static int[] intern(String key, Map<String, Integer> ids, BitSet numbers) {
    return Tokeniser.tokens(key).stream()
        .mapToInt(
            t -> {
              int id = ids.computeIfAbsent(t.text(), s -> ids.size());
              numbers.set(id, t.number());
              return id;
            })
        .toArray();
  }

  static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static double ratio(long found, long expected) {
    return expected == 0 ? 1.0 : (double) found / expected;
  }

  static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The sum of the heap pools' peak usage since the JVM started (an upper bound). */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  static void print(String what, String format, Object... values) {
    System.out.printf(Locale.ROOT, "%s " + format + "%n", prepend(what, values));
  }

  private static Object[] prepend(String what, Object[] values) {
    Object[] out = new Object[values.length + 1];
    out[0] = what;
    System.arraycopy(values, 0, out, 1, values.length);
    return out;
  }
}
