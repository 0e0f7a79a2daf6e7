package org.tarjuman.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers for {@code run-big-input-benchmark.sh} (issue 6 §3), which runs the console itself, one
 * command per JVM with the heap capped, on a 200 MB Arabic text: {@code generate FILE MEGABYTES}
 * writes the text ({@link ArabicCorpus}); {@code fill IN OUT} translates every unit of an exported
 * XLIFF 1.2 file as a CAT tool would ({@link TargetFiller}); {@code peak GCLOG} prints the most heap
 * in use before any collection and the most left after one, in MiB, from a JVM's {@code -Xlog:gc}
 * file.
 */
public final class BigInputBenchmark {

  /** A unified-logging GC line's sizes: {@code 301M->42M(512M)}. */
  private static final Pattern SIZES = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)[KMG]\\)");

  private BigInputBenchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "generate" -> {
        long bytes = ArabicCorpus.write(Path.of(args[1]), Long.parseLong(args[2]) << 20, 42L);
        System.out.printf(Locale.ROOT, "generated=%s bytes=%d%n", args[1], bytes);
      }
      case "fill" -> {
        int units = TargetFiller.fill(Path.of(args[1]), Path.of(args[2]));
        System.out.printf(Locale.ROOT, "filled=%s units=%d%n", args[2], units);
      }
      case "peak" -> peak(Path.of(args[1]));
      default -> {
        System.err.println("usage: generate FILE MB | fill IN.xlf OUT.xlf | peak GCLOG");
        System.exit(2);
      }
    }
  }

  private static void peak(Path gcLog) throws Exception {
    double used = 0;
    double live = 0;
    try (var lines = Files.lines(gcLog)) {
      for (String line : (Iterable<String>) lines::iterator) {
        Matcher m = SIZES.matcher(line);
        if (m.find()) {
          used = Math.max(used, mebibytes(m.group(1), m.group(2)));
          live = Math.max(live, mebibytes(m.group(3), m.group(4)));
        }
      }
    }
    System.out.printf(Locale.ROOT, "peakHeapMiB=%.0f peakLiveMiB=%.0f%n", used, live);
  }

  private static double mebibytes(String number, String unit) {
    double value = Double.parseDouble(number);
    return switch (unit) {
      case "K" -> value / 1024;
      case "G" -> value * 1024;
      default -> value;
    };
  }
}
