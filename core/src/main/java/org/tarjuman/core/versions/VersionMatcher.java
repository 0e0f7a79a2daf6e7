package org.tarjuman.core.versions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.tarjuman.core.model.LinkKind;
import org.tarjuman.core.tm.FuzzyScore;

/**
 * Links the segments of a new document version to those of the previous one, in five passes over
 * what the earlier passes left:
 *
 * <ol>
 *   <li><b>Resource key</b>, in files of software strings ({@link VersionSegment#resourceKey}): a
 *       new string under a key the old version has is that key's old string. With the same text
 *       (normalised key and inline codes) it is unchanged, as in the exact pass below; with another
 *       text it is {@link LinkKind#EDITED}, whatever its fuzzy score, since the key says which
 *       string it replaces. Strings whose key is new or gone go on to the passes by text.
 *   <li><b>Exact</b>: the same normalised key and the same inline codes (data included). The n-th
 *       new occurrence of a text pairs with its n-th old occurrence. The pairs that keep their
 *       relative order, the longest increasing subsequence of old positions in new order (the idea
 *       of patience diff), are {@link LinkKind#UNCHANGED}; the others {@link LinkKind#MOVED}, and so
 *       is a string found under another resource key (a renamed key).
 *   <li><b>Split and merged</b>: two or more consecutive new segments whose keys, joined, are one
 *       old segment's key ({@link LinkKind#SPLIT}); one new segment whose key is two or more
 *       consecutive old segments' keys joined ({@link LinkKind#MERGED}). Keys are compared without
 *       only their letters and digits, so the space and punctuation between sentences do not
 *       matter.
 *   <li><b>Edited</b>: pairs scored with the TM's {@link FuzzyScore}; from the best score down, each
 *       pair at or above {@value #EDIT_THRESHOLD} whose segments are both free is {@link
 *       LinkKind#EDITED}. With many unmatched segments, each new one is scored only against the
 *       {@value #MAX_CANDIDATES} unmatched old ones nearest its relative position.
 *   <li>The rest: {@link LinkKind#NEW} segments, and old segments {@link LinkKind#DELETED}.
 * </ol>
 *
 * Pure: no database, no I/O.
 */
public final class VersionMatcher {

  /** The lowest fuzzy score at which a changed segment counts as an edit of an old one. */
  public static final int EDIT_THRESHOLD = 60;

  static final int MAX_CANDIDATES = 200;

  private final List<VersionSegment> olds;
  private final List<VersionSegment> news;
  private final SegmentLink[] links;
  private final boolean[] oldUsed;
  private final int[] pairedOld;

  private VersionMatcher(List<VersionSegment> olds, List<VersionSegment> news) {
    this.olds = List.copyOf(olds);
    this.news = List.copyOf(news);
    this.links = new SegmentLink[news.size()];
    this.oldUsed = new boolean[olds.size()];
    this.pairedOld = new int[news.size()];
    Arrays.fill(pairedOld, -1);
  }

  /** The links of every new segment in order, then the deleted old segments in order. */
  public static List<SegmentLink> match(List<VersionSegment> olds, List<VersionSegment> news) {
    VersionMatcher matcher = new VersionMatcher(olds, news);
    matcher.matchKeys();
    matcher.matchExact();
    matcher.matchSplits();
    matcher.matchMerges();
    matcher.matchEdits();
    return matcher.result();
  }

  /** Same resource key: the same string, unchanged or edited. */
  private void matchKeys() {
    Map<String, Integer> oldByKey = new HashMap<>();
    for (int j = 0; j < olds.size(); j++) {
      int old = j;
      olds.get(j).resourceKey().ifPresent(k -> oldByKey.putIfAbsent(k, old));
    }
    for (int i = 0; i < news.size(); i++) {
      Integer j = news.get(i).resourceKey().map(oldByKey::get).orElse(null);
      if (j == null || oldUsed[j]) {
        continue;
      }
      oldUsed[j] = true;
      if (identity(news.get(i)).equals(identity(olds.get(j)))) {
        pairedOld[i] = j;
      } else {
        link(i, LinkKind.EDITED, List.of(j), score(news.get(i), olds.get(j)));
      }
    }
  }

  private void matchExact() {
    Map<String, ArrayDeque<Integer>> byText = new HashMap<>();
    for (int j = 0; j < olds.size(); j++) {
      if (!oldUsed[j]) {
        byText.computeIfAbsent(identity(olds.get(j)), k -> new ArrayDeque<>()).add(j);
      }
    }
    for (int i = 0; i < news.size(); i++) {
      if (links[i] != null || pairedOld[i] >= 0) {
        continue;
      }
      ArrayDeque<Integer> same = byText.get(identity(news.get(i)));
      if (same != null && !same.isEmpty()) {
        pairedOld[i] = same.poll();
        oldUsed[pairedOld[i]] = true;
      }
    }
    boolean[] inOrder = InOrder.longestIncreasing(pairedOld);
    for (int i = 0; i < news.size(); i++) {
      if (pairedOld[i] >= 0) {
        boolean renamed = renamed(news.get(i), olds.get(pairedOld[i]));
        LinkKind kind = inOrder[i] && !renamed ? LinkKind.UNCHANGED : LinkKind.MOVED;
        link(i, kind, List.of(pairedOld[i]), 100);
      }
    }
  }

  /** Consecutive free new segments that together are one free old segment. */
  private void matchSplits() {
    for (int j = 0; j < olds.size(); j++) {
      if (oldUsed[j]) {
        continue;
      }
      List<Integer> run = run(compact(olds.get(j)), news, i -> links[i] == null);
      if (!run.isEmpty()) {
        oldUsed[j] = true;
        for (int i : run) {
          link(i, LinkKind.SPLIT, List.of(j), 0);
        }
      }
    }
  }

  /** A free new segment that is several consecutive free old segments together. */
  private void matchMerges() {
    for (int i = 0; i < news.size(); i++) {
      if (links[i] != null) {
        continue;
      }
      List<Integer> run = run(compact(news.get(i)), olds, j -> !oldUsed[j]);
      if (!run.isEmpty()) {
        run.forEach(j -> oldUsed[j] = true);
        link(i, LinkKind.MERGED, run, 0);
      }
    }
  }

  /**
   * The first run of two or more consecutive free segments of {@code parts} whose compact keys,
   * joined, are {@code whole}; empty if there is none.
   */
  private static List<Integer> run(
      String whole, List<VersionSegment> parts, IntPredicate free) {
    if (whole.isEmpty()) {
      return List.of();
    }
    for (int start = 0; start < parts.size(); start++) {
      StringBuilder joined = new StringBuilder();
      List<Integer> run = new ArrayList<>();
      for (int k = start; k < parts.size() && free.test(k); k++) {
        String part = compact(parts.get(k));
        if (part.isEmpty() || !whole.startsWith(part, joined.length())) {
          break;
        }
        joined.append(part);
        run.add(k);
        if (joined.length() == whole.length()) {
          if (run.size() >= 2) {
            return run;
          }
          break;
        }
      }
    }
    return List.of();
  }

  private void matchEdits() {
    List<Integer> freeNew = new ArrayList<>();
    List<Integer> freeOld = new ArrayList<>();
    for (int i = 0; i < news.size(); i++) {
      if (links[i] == null) {
        freeNew.add(i);
      }
    }
    for (int j = 0; j < olds.size(); j++) {
      if (!oldUsed[j]) {
        freeOld.add(j);
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (int r = 0; r < freeNew.size(); r++) {
      int center = (int) ((long) r * freeOld.size() / freeNew.size());
      int from = Math.max(0, center - MAX_CANDIDATES / 2);
      int to = Math.min(freeOld.size(), from + MAX_CANDIDATES);
      for (int c = from; c < to; c++) {
        int score = score(news.get(freeNew.get(r)), olds.get(freeOld.get(c)));
        if (score >= EDIT_THRESHOLD) {
          pairs.add(new int[] {score, freeNew.get(r), freeOld.get(c)});
        }
      }
    }
    pairs.sort(
        Comparator.<int[]>comparingInt(p -> -p[0])
            .thenComparingInt(p -> p[1])
            .thenComparingInt(p -> p[2]));
    for (int[] pair : pairs) {
      if (links[pair[1]] == null && !oldUsed[pair[2]]) {
        oldUsed[pair[2]] = true;
        link(pair[1], LinkKind.EDITED, List.of(pair[2]), pair[0]);
      }
    }
  }

  private List<SegmentLink> result() {
    List<SegmentLink> out = new ArrayList<>(news.size() + olds.size());
    for (int i = 0; i < news.size(); i++) {
      out.add(
          links[i] != null
              ? links[i]
              : new SegmentLink(LinkKind.NEW, OptionalLong.of(news.get(i).id()), List.of(), 0));
    }
    for (int j = 0; j < olds.size(); j++) {
      if (!oldUsed[j]) {
        out.add(
            new SegmentLink(LinkKind.DELETED, OptionalLong.empty(), List.of(olds.get(j).id()), 0));
      }
    }
    return out;
  }

  private void link(int newIndex, LinkKind kind, List<Integer> oldIndexes, int score) {
    links[newIndex] =
        new SegmentLink(
            kind,
            OptionalLong.of(news.get(newIndex).id()),
            oldIndexes.stream().map(j -> olds.get(j).id()).toList(),
            score);
  }

  /** Whether both segments have a resource key, and the keys differ. */
  private static boolean renamed(VersionSegment now, VersionSegment before) {
    return now.resourceKey().isPresent()
        && before.resourceKey().isPresent()
        && !now.resourceKey().equals(before.resourceKey());
  }

  private static int score(VersionSegment query, VersionSegment old) {
    return FuzzyScore.score(query.key(), query.codes(), old.key(), old.codes());
  }

  /** The text as exact matching compares it: key and inline codes. */
  private static String identity(VersionSegment segment) {
    return segment.key()
        + '\u0000'
        + segment.codes().stream()
            .map(c -> c.kind() + ":" + c.type() + ":" + c.data())
            .collect(Collectors.joining("\u0000"));
  }

  private static String compact(VersionSegment segment) {
    return segment.key().replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
