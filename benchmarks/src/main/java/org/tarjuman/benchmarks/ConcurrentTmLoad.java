package org.tarjuman.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tarjuman.core.Progress;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.TmxImportReport;
import org.tarjuman.core.store.TmStore;
import org.tarjuman.core.store.Workspace;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.TmService;
import org.tarjuman.core.workbench.TmxExchange;

/**
 * TM look-ups while another user imports a large TMX file into the same workspace. The other user
 * is a second process (its own JVM and connections, as a second console on another machine would
 * be), started with {@code nice -n NICE} so that on a shared machine it does not take the CPU
 * that the other user's own machine would give it; the database server keeps its priority. It
 * runs {@code tm import} ({@link TmxExchange}, one transaction) of a generated TMX 1.4b file of
 * new units while this process keeps running fuzzy top-5 look-ups. Reported for each round, as
 * p50/p95/max: look-ups before the import, during it, the first after its commit, those while the
 * fuzzy index reads the new units in the background ("catch-up", until a sample of the imported
 * units is found by fuzzy look-ups at 100%), and those after; with the load average.
 *
 * <p>{@code -Dtarjuman.concurrent.nice=19,0} runs one round per nice value, each importing other
 * units.
 */
public final class ConcurrentTmLoad {

  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale EN = Locale.forLanguageTag("en");
  private static final int IDLE_LOOKUPS = 300;
  private static final long PROBE_EVERY_NANOS = 500_000_000L;
  private static final long GIVE_UP_NANOS = 600_000_000_000L;

  private ConcurrentTmLoad() {}

  /** The importing user: {@code import FOLDER TMX}; the database as in {@link TmBenchmark}. */
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[1]);
    WorkspaceConfig env = WorkspaceConfig.fromEnvironment(System.getenv(), folder);
    Optional<String> url =
        Optional.ofNullable(System.getProperty("tarjuman.db.url")).or(env::jdbcUrl);
    WorkspaceConfig config = new WorkspaceConfig(folder, url, env.user(), env.password());
    long start = System.nanoTime();
    try (Workspace other = Workspace.open(config)) {
      TmxImportReport report =
          new TmxExchange(other.tm()).importFile(Path.of(args[2]), AR, EN, Progress.NONE);
      TmBenchmark.print(
          "otherUsersImport", "units=%d seconds=%.1f", report.added(), TmBenchmark.seconds(start));
    }
  }

  static void run(WorkspaceConfig config, TmStore tm, TmCorpus queries, int units, Path folder)
      throws Exception {
    TmService service = new TmService(tm);
    String[] nices = System.getProperty("tarjuman.concurrent.nice", "19").split(",");
    for (int round = 0; round < nices.length; round++) {
      TmCorpus imported = new TmCorpus(queries.units() + 17L + round, units);
      Path tmx = folder.resolve("other-" + round + ".tmx");
      writeTmx(imported, tmx);
      round(config, tm, service, queries, imported, tmx, Integer.parseInt(nices[round].trim()));
      Files.delete(tmx);
    }
  }

  private static void round(
      WorkspaceConfig config,
      TmStore tm,
      TmService service,
      TmCorpus queries,
      TmCorpus imported,
      Path tmx,
      int nice)
      throws Exception {
    String loadBefore = loadAverage();
    Latencies idle = new Latencies();
    for (int q = 0; q < IDLE_LOOKUPS; q++) {
      int query = q;
      idle.time(() -> TmBenchmark.lookup(service, queries.query(query)));
    }
    Process other = startImport(config, tmx, nice);
    long start = System.nanoTime();
    Latencies during = new Latencies();
    for (int q = 0; other.isAlive(); q = (q + 1) % 1000) {
      int query = q;
      during.time(() -> TmBenchmark.lookup(service, queries.query(query)));
    }
    double importSeconds = TmBenchmark.seconds(start);
    if (other.waitFor() != 0) {
      throw new IllegalStateException("the importing process failed: exit " + other.exitValue());
    }
    String loadDuring = loadAverage();
    Latencies first = new Latencies();
    first.time(() -> TmBenchmark.lookup(service, queries.query(0)));
    long committed = System.nanoTime();
    Latencies catchingUp = new Latencies();
    long probed = 0;
    boolean caughtUp = false;
    for (int q = 1; !caughtUp && System.nanoTime() - committed < GIVE_UP_NANOS; q = (q + 1) % 1000) {
      if (System.nanoTime() - probed > PROBE_EVERY_NANOS) {
        probed = System.nanoTime();
        caughtUp = caughtUp(tm, imported);
      }
      int query = q;
      catchingUp.time(() -> TmBenchmark.lookup(service, queries.query(query)));
    }
    double catchUpSeconds = TmBenchmark.seconds(committed);
    Latencies after = new Latencies();
    for (int q = 0; q < IDLE_LOOKUPS; q++) {
      int query = q;
      after.time(() -> TmBenchmark.lookup(service, queries.query(query)));
    }
    TmBenchmark.print(
        "fuzzyTop5AroundImport",
        "nice=%d importUnits=%d importSeconds=%.1f caughtUp=%s catchUpSeconds=%.1f"
            + " load=[%s | %s | %s]",
        nice,
        imported.units(),
        importSeconds,
        caughtUp,
        catchUpSeconds,
        loadBefore,
        loadDuring,
        loadAverage());
    idle.print("before", nice);
    during.print("during", nice);
    first.print("firstAfterCommit", nice);
    catchingUp.print("catchingUp", nice);
    after.print("after", nice);
  }

  /** The importing user's process, its output on this one's. */
  private static Process startImport(WorkspaceConfig config, Path tmx, int nice)
      throws IOException {
    List<String> command = new ArrayList<>();
    if (nice != 0) {
      command.addAll(List.of("nice", "-n", Integer.toString(nice)));
    }
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx1g");
    config.jdbcUrl().ifPresent(url -> command.add("-Dtarjuman.db.url=" + url));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            ConcurrentTmLoad.class.getName(),
            "import",
            config.folder().toString(),
            tmx.toString()));
    return new ProcessBuilder(command).inheritIO().start();
  }

  /** Whether fuzzy look-ups find a sample of the imported units (first, every tenth, last). */
  private static boolean caughtUp(TmStore tm, TmCorpus imported) {
    return IntStream.rangeClosed(0, 10)
        .map(k -> Math.min(imported.units() - 1, k * imported.units() / 10))
        .allMatch(
            i -> !tm.fuzzy(AR, EN, Content.ofText(imported.source(i)), 100, 1).isEmpty());
  }

  private static String loadAverage() throws IOException {
    String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2];
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

  /** Look-up durations of one phase. */
  private static final class Latencies {
    private final List<Long> nanos = new ArrayList<>();

    void time(Runnable lookup) {
      long t = System.nanoTime();
      lookup.run();
      nanos.add(System.nanoTime() - t);
    }

    void print(String phase, int nice) {
      long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
      if (all.length == 0) {
        TmBenchmark.print("lookups", "nice=%d phase=%s count=0", nice, phase);
        return;
      }
      TmBenchmark.print(
          "lookups",
          "nice=%d phase=%s count=%d p50ms=%.1f p95ms=%.1f maxms=%.1f",
          nice,
          phase,
          all.length,
          TmBenchmark.percentile(all, 50),
          TmBenchmark.percentile(all, 95),
          Arrays.stream(all).max().getAsLong() / 1e6);
    }
  }
}
