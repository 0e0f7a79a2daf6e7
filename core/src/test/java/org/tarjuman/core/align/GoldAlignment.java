package org.tarjuman.core.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-made alignment (a {@code .gold.tsv} file) and the scoring of an aligner's output against
 * it. A link is one (source sentence, target sentence) pair, 1-based; a bead of two sentences on a
 * side gives two links, a sentence linked with nothing gives one link to 0. Precision is the share
 * of the aligner's links that are in the gold alignment, recall the share of the gold links the
 * aligner found (as in the ARCADE evaluations of sentence aligners).
 */
record GoldAlignment(Set<Link> links) {

  record Link(int source, int target) {}

  record Score(double precision, double recall) {
    @Override
    public String toString() {
      return String.format("precision %.3f, recall %.3f", precision, recall);
    }
  }

  static GoldAlignment read(String resource) {
    try (InputStream in = GoldAlignment.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      Set<Link> links = new HashSet<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .forEach(line -> addLinks(links, line));
      return new GoldAlignment(links);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The links of an aligner's output. */
  static Set<Link> links(List<SentenceLink> alignment) {
    Set<Link> links = new HashSet<>();
    for (SentenceLink l : alignment) {
      int[] sources = range(l.sourceStart() + 1, l.sources());
      int[] targets = range(l.targetStart() + 1, l.targets());
      cross(links, sources, targets);
    }
    return links;
  }

  Score score(List<SentenceLink> alignment) {
    Set<Link> found = links(alignment);
    Set<Link> right = new HashSet<>(found);
    right.retainAll(links);
    return new Score((double) right.size() / found.size(), (double) right.size() / links.size());
  }

  private static void addLinks(Set<Link> links, String line) {
    String[] sides = line.split("\t");
    if (sides.length != 2) {
      throw new IllegalArgumentException("not two tab-separated columns: " + line);
    }
    cross(links, positions(sides[0]), positions(sides[1]));
  }

  private static int[] positions(String side) {
    String trimmed = side.trim();
    return trimmed.equals("-")
        ? new int[0]
        : Arrays.stream(trimmed.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
  }

  private static int[] range(int first, int count) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = first + i;
    }
    return out;
  }

  private static void cross(Set<Link> links, int[] sources, int[] targets) {
    if (sources.length == 0) {
      Arrays.stream(targets).forEach(t -> links.add(new Link(0, t)));
    } else if (targets.length == 0) {
      Arrays.stream(sources).forEach(s -> links.add(new Link(s, 0)));
    } else {
      for (int s : sources) {
        for (int t : targets) {
          links.add(new Link(s, t));
        }
      }
    }
  }
}
