package org.tarjuman.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.tarjuman.core.store.Workspace;
import org.tarjuman.core.store.WorkspaceConfig;

/**
 * The H2 file's size after a one-transaction TM import: {@code FOLDER UNITS} stores the {@link
 * TmCorpus} units (the same as {@link TmBenchmark}'s) with {@code TmStore.add} into a fresh
 * workspace, and prints the size of the workspace's files right after the import, after the
 * workspace is closed (with the time closing took: H2 compacts the file then), and the largest size
 * seen while importing (sampled every 10,000 units).
 * {@code -Dtarjuman.db.url=...} replaces the workspace's database URL, to compare H2 settings.
 */
public final class TmDiskSize {

  private static final Instant DATE = Instant.parse("2026-01-01T00:00:00Z");

  private TmDiskSize() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: FOLDER UNITS");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    TmCorpus corpus = new TmCorpus(4L, Integer.parseInt(args[1]));
    Optional<String> url = Optional.ofNullable(System.getProperty("tarjuman.db.url"));
    long[] peak = {0};
    long start = System.nanoTime();
    try (Workspace workspace =
        Workspace.open(new WorkspaceConfig(folder, url, Optional.empty(), Optional.empty()))) {
      workspace
          .tm()
          .add(
              sink -> {
                for (int i = 0; i < corpus.units(); i++) {
                  sink.accept(corpus.unit(i, DATE));
                  if (i % 10_000 == 0) {
                    peak[0] = Math.max(peak[0], size(folder));
                  }
                }
              });
      peak[0] = Math.max(peak[0], size(folder));
      System.out.printf(
          Locale.ROOT,
          "import units=%d seconds=%.1f afterImportMiB=%.0f peakMiB=%.0f%n",
          corpus.units(),
          (System.nanoTime() - start) / 1e9,
          size(folder) / 1048576.0,
          peak[0] / 1048576.0);
      start = System.nanoTime();
    }
    System.out.printf(
        Locale.ROOT,
        "closed seconds=%.1f databaseMiB=%.0f%n",
        (System.nanoTime() - start) / 1e9,
        size(folder) / 1048576.0);
  }

  private static long size(Path folder) {
    try (var files = Files.list(folder)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      return 0;
    }
  }

}
