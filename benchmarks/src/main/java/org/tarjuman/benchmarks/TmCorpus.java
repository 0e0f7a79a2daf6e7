package org.tarjuman.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.TmUnit;

/**
 * A generated translation memory and its queries, the same in every JVM for the same seed.
 *
 * <p>Sources are Arabic-like: words of 2 to 7 Arabic letters (some with the article ال), drawn from
 * a 40,000-word vocabulary with Zipf frequencies (exponent 1), 6 to 24 words a sentence, sometimes
 * a year, and punctuation (، . ؟). Units come in families of {@value #FAMILY} near duplicates: one
 * base sentence and variants with one to three word edits (substitution, insertion, deletion), a
 * changed year, or a diacritic (fatha) added to a word, which the normaliser removes. Targets are
 * English-like words. Unit {@code i} (from 0) belongs to family {@code i % families}, so near
 * duplicates are far apart in id order.
 *
 * <p>Queries: 40% copy a unit exactly, 50% are new variants of a family's base sentence, 10% are
 * unrelated new sentences.
 */
final class TmCorpus {

  static final int FAMILY = 5;
  private static final int VOCABULARY = 40_000;
  private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  private static final String[] ENGLISH = {
    "the",
    "minister",
    "visit",
    "army",
    "said",
    "on",
    "in",
    "of",
    "to",
    "agreement",
    "talks",
    "delegation",
    "official",
    "security",
    "cooperation",
    "arrived",
    "left",
    "Monday",
    "city",
    "government",
    "meeting",
    "region",
    "report",
    "forces",
    "statement",
    "first",
    "new",
    "two"
  };

  private final long seed;
  private final int units;
  private final int families;
  private final String[] words;
  private final double[] cumulative;

  TmCorpus(long seed, int units) {
    this.seed = seed;
    this.units = units;
    this.families = Math.max(1, units / FAMILY);
    Random random = new Random(seed);
    words = new String[VOCABULARY];
    for (int r = 0; r < VOCABULARY; r++) {
      words[r] = word(random, r);
    }
    cumulative = new double[VOCABULARY];
    double sum = 0;
    for (int r = 0; r < VOCABULARY; r++) {
      sum += 1.0 / (r + 1);
      cumulative[r] = sum;
    }
    for (int r = 0; r < VOCABULARY; r++) {
      cumulative[r] /= sum;
    }
  }

  int units() {
    return units;
  }

  /** Unit {@code i} as an ar → en TM unit, imported from TMX on {@code date}. */
  TmUnit unit(int i, Instant date) {
    return new TmUnit(
        Locale.forLanguageTag("ar"),
        Locale.forLanguageTag("en"),
        Content.ofText(source(i)),
        Content.ofText(target(i)),
        Optional.empty(),
        Optional.empty(),
        Origin.TMX,
        date,
        date);
  }

  /** The source of unit {@code i}. */
  String source(int i) {
    int family = i % families;
    int variant = i / families;
    List<String> base = base(family);
    return variant == 0
        ? String.join(" ", base)
        : mutate(base, new Random(seed * 31 + (long) i * 7 + 1));
  }

  /** The target of unit {@code i}. */
  String target(int i) {
    Random random = new Random(seed ^ (i * 0x9E3779B97F4A7C15L));
    int n = 5 + random.nextInt(18);
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < n; k++) {
      out.append(k == 0 ? "" : " ").append(ENGLISH[random.nextInt(ENGLISH.length)]);
    }
    return out.append('.').toString();
  }

  /** Query {@code q}: an exact copy of a unit, a new variant of a family, or a new sentence. */
  String query(int q) {
    Random random = new Random(seed * 131 + q);
    int kind = random.nextInt(10);
    if (kind < 4) {
      return source(random.nextInt(units));
    } else if (kind < 9) {
      return mutate(base(random.nextInt(families)), random);
    }
    return String.join(" ", sentence(random));
  }

  private List<String> base(int family) {
    return sentence(new Random(seed * 17 + family));
  }

  private List<String> sentence(Random random) {
    int n = 6 + random.nextInt(19);
    List<String> out = new ArrayList<>(n + 2);
    for (int k = 0; k < n; k++) {
      out.add(zipfWord(random));
      if (k == n / 2 && random.nextInt(3) == 0) {
        out.set(k, out.get(k) + "،");
      }
    }
    if (random.nextInt(4) == 0) {
      out.add(random.nextInt(out.size()), Integer.toString(1990 + random.nextInt(36)));
    }
    out.set(n - 1, out.get(n - 1) + (random.nextInt(5) == 0 ? "؟" : "."));
    return out;
  }

  private String mutate(List<String> base, Random random) {
    List<String> words = new ArrayList<>(base);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(words.size());
      switch (random.nextInt(5)) {
        case 0 -> words.set(at, zipfWord(random));
        case 1 -> words.add(at, zipfWord(random));
        case 2 -> {
          if (words.size() > 3) {
            words.remove(at);
          }
        }
        case 3 ->
            words.set(
                at,
                words.get(at).matches("\\d+")
                    ? "20" + random.nextInt(10) + random.nextInt(10)
                    : zipfWord(random));
        default -> words.set(at, withFatha(words.get(at)));
      }
    }
    return String.join(" ", words);
  }

  private String zipfWord(Random random) {
    int r = Arrays.binarySearch(cumulative, random.nextDouble());
    return words[Math.min(VOCABULARY - 1, r < 0 ? -r - 1 : r)];
  }

  private static String withFatha(String word) {
    return word.isEmpty() ? word : word.charAt(0) + "\u064E" + word.substring(1);
  }

  private static String word(Random random, int rank) {
    StringBuilder out = new StringBuilder(rank % 3 == 0 ? "ال" : "");
    int n = 2 + random.nextInt(6);
    for (int k = 0; k < n; k++) {
      out.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    // The rank in base 28 at the end keeps every word distinct.
    for (int r = rank; r > 0; r /= LETTERS.length()) {
      out.append(LETTERS.charAt(r % LETTERS.length()));
    }
    return out.toString();
  }
}
