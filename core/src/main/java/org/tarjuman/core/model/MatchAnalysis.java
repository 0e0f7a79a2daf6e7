package org.tarjuman.core.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The match bands of a document version against the TM for one target language, in segments and
 * words, with the number of exact matches filled in as drafts.
 *
 * @param target the target language
 * @param bands one count per {@link MatchBand}, in the enum's order
 * @param drafts segments given a draft translation from an exact or in-context TM match
 */
public record MatchAnalysis(Locale target, List<BandCount> bands, int drafts) {

  public MatchAnalysis {
    Objects.requireNonNull(target, "target");
    bands = List.copyOf(bands);
    if (bands.size() != MatchBand.values().length) {
      throw new IllegalArgumentException("one count per band: " + bands);
    }
  }

  /**
   * The segments and words of one band.
   *
   * @param band the band
   * @param segments how many segments fall in it
   * @param words their words (GMX-V)
   */
  public record BandCount(MatchBand band, int segments, long words) {}

  /** The count of one band. */
  public BandCount count(MatchBand band) {
    return bands.get(band.ordinal());
  }

  /** Counts segments and words per band, band by band. */
  public static final class Tally {
    private final Map<MatchBand, long[]> counts = new EnumMap<>(MatchBand.class);

    /** Counts one segment of {@code words} words in {@code band}. */
    public void add(MatchBand band, long words) {
      long[] c = counts.computeIfAbsent(band, b -> new long[2]);
      c[0]++;
      c[1] += words;
    }

    private BandCount count(MatchBand band) {
      long[] c = counts.getOrDefault(band, new long[2]);
      return new BandCount(band, (int) c[0], c[1]);
    }

    /** The analysis of what was counted. */
    public MatchAnalysis analysis(Locale target, int drafts) {
      return new MatchAnalysis(
          target, Arrays.stream(MatchBand.values()).map(this::count).toList(), drafts);
    }
  }
}
