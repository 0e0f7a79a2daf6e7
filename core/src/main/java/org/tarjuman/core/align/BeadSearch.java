package org.tarjuman.core.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tarjuman.core.InvalidInputException;

/**
 * The dynamic program of Gale and Church: the cheapest sequence of links ({@link Shape}s) that
 * covers two lists of spans in order, each item in exactly one link. Cell {@code (i, j)} holds the
 * cheapest cost of aligning the first {@code i} sources with the first {@code j} targets; each cell
 * is reached from the cells one shape back. Time and memory are {@code O(n·m)}.
 */
final class BeadSearch {

  /** About 50 MB of cells at most: 2,000 sentences against 2,000 in one block. */
  static final long MAX_CELLS = 4_000_000L;

  private final BeadCost cost;

  BeadSearch(BeadCost cost) {
    this.cost = cost;
  }

  /** The cheapest alignment of the two lists, in order. */
  List<Bead> align(List<Span> sources, List<Span> targets) {
    int n = sources.size();
    int m = targets.size();
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      throw new InvalidInputException(
          "too many sentences to align in one block ("
              + n
              + " against "
              + m
              + "); split the document and its translation into matching paragraphs");
    }
    double[][] best = new double[n + 1][m + 1];
    Shape[][] via = new Shape[n + 1][m + 1];
    Runs s = new Runs(sources);
    Runs t = new Runs(targets);
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i > 0 || j > 0) {
          fill(best, via, i, j, s, t);
        }
      }
    }
    return trace(via, n, m);
  }

  /** The spans of runs of 0, 1 or 2 items ending at each position, joined once, not per cell. */
  private static final class Runs {
    private final List<Span> ones;
    private final List<Span> twos = new ArrayList<>();

    Runs(List<Span> ones) {
      this.ones = ones;
      for (int i = 1; i < ones.size(); i++) {
        twos.add(ones.get(i - 1).plus(ones.get(i)));
      }
    }

    /** The span of the {@code count} items that end before {@code end}. */
    Span ending(int end, int count) {
      return switch (count) {
        case 0 -> Span.EMPTY;
        case 1 -> ones.get(end - 1);
        default -> twos.get(end - 2);
      };
    }
  }

  private void fill(double[][] best, Shape[][] via, int i, int j, Runs sources, Runs targets) {
    best[i][j] = Double.POSITIVE_INFINITY;
    for (Shape shape : Shape.values()) {
      int pi = i - shape.sources;
      int pj = j - shape.targets;
      if (pi < 0 || pj < 0 || best[pi][pj] == Double.POSITIVE_INFINITY) {
        continue;
      }
      double total =
          best[pi][pj]
              + cost.cost(
                  shape, sources.ending(i, shape.sources), targets.ending(j, shape.targets));
      if (total < best[i][j]) {
        best[i][j] = total;
        via[i][j] = shape;
      }
    }
  }

  private static List<Bead> trace(Shape[][] via, int n, int m) {
    List<Bead> beads = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      Shape shape = via[i][j];
      i -= shape.sources;
      j -= shape.targets;
      beads.add(new Bead(i, shape.sources, j, shape.targets));
    }
    Collections.reverse(beads);
    return beads;
  }
}
