package org.tarjuman.core.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.text.ArabicNormaliser;

class TmIndexTest {

  private static final String[] WORDS = {
    "المغرب", "إسرائيل", "زيارة", "الوزير", "الجيش", "في", "من", "إلى", "على", "رسمية", "الأولى",
    "2022", "2023", "قال", "وفد", "التعاون", "العسكري", "اتفاق", "مع", "يوم", "الاثنين", "،", "."
  };

  @Test
  void findsAnExactMatchWithScoreOneHundred() {
    TmIndex index = new TmIndex();
    index.add(1, key("وصل الوزير إلى الرباط."), List.of());
    index.add(2, key("غادر الوزير الرباط."), List.of());

    assertThat(index.search(key("وصلَ الوزير الى الرباط."), List.of(), 70, 5))
        .first()
        .isEqualTo(new IndexHit(1, 100));
  }

  @Test
  void findsAMatchForAQueryWithWordsAndCodesNoUnitHas() {
    TmIndex index = new TmIndex();
    index.add(1, key("a b c d e f g h i j"), List.of());
    InlineCode unknown = new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "x-new", "{0}");

    assertThat(index.search(key("a b c d e f g h i zzz"), List.of(unknown), 70, 5))
        .containsExactly(new IndexHit(1, 89));
  }

  @Test
  void leavesOutUnitsBelowTheMinimumAndKeepsTheBestFirst() {
    TmIndex index = new TmIndex();
    index.add(1, key("a b c d e f g h i j"), List.of());
    index.add(2, key("a b c d e f g h i k"), List.of());
    index.add(3, key("a b c x y z w v u t"), List.of());

    List<IndexHit> hits = index.search(key("a b c d e f g h i j"), List.of(), 70, 5);

    assertThat(hits).containsExactly(new IndexHit(1, 100), new IndexHit(2, 90));
  }

  @Test
  void returnsAtMostTheLimitPreferringLaterUnitsOnTies() {
    TmIndex index = new TmIndex();
    for (int id = 1; id <= 4; id++) {
      index.add(id, key("one two three"), List.of());
    }

    assertThat(index.search(key("one two three"), List.of(), 50, 2))
        .extracting(IndexHit::id)
        .containsExactly(4L, 3L);
  }

  @Test
  void ranksAUnitWithTheQuerysCodesAboveOneWithout() {
    TmIndex index = new TmIndex();
    InlineCode br = new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "lb", "<br/>");
    index.add(1, key("one two three"), List.of());
    index.add(2, key("one two three"), List.of(br));

    assertThat(index.search(key("one two three"), List.of(br), 50, 5))
        .containsExactly(new IndexHit(2, 100), new IndexHit(1, 99));
  }

  @Test
  void findsEveryUnitABruteForceScanFindsOnRandomNearDuplicates() {
    Random random = new Random(4);
    List<String> keys = new ArrayList<>();
    TmIndex index = new TmIndex();
    for (int id = 0; id < 2000; id++) {
      String text =
          id % 3 == 0 ? sentence(random) : mutate(keys.get(random.nextInt(keys.size())), random);
      keys.add(key(text));
      index.add(id, keys.get(id), List.of());
    }
    for (int q = 0; q < 150; q++) {
      String query = key(mutate(keys.get(random.nextInt(keys.size())), random));
      if (query.isEmpty()) {
        continue;
      }
      int min = 50 + random.nextInt(50);
      List<IndexHit> expected = bruteForce(keys, query, min);

      assertThat(index.search(query, List.of(), min, 10_000)).containsExactlyElementsOf(expected);
      assertThat(index.search(query, List.of(), min, 3))
          .containsExactlyElementsOf(expected.subList(0, Math.min(3, expected.size())));
    }
  }

  private static List<IndexHit> bruteForce(List<String> keys, String query, int min) {
    List<IndexHit> hits = new ArrayList<>();
    for (int id = 0; id < keys.size(); id++) {
      int score = FuzzyScore.score(query, List.of(), keys.get(id), List.of());
      if (score >= min) {
        hits.add(new IndexHit(id, score));
      }
    }
    hits.sort(Comparator.comparingInt(IndexHit::score).thenComparingLong(IndexHit::id).reversed());
    return hits;
  }

  private static String sentence(Random random) {
    StringBuilder out = new StringBuilder();
    int n = 3 + random.nextInt(15);
    for (int i = 0; i < n; i++) {
      out.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return out.toString();
  }

  private static String mutate(String text, Random random) {
    List<String> words = new ArrayList<>(List.of(text.split(" ")));
    int edits = random.nextInt(4);
    for (int e = 0; e < edits && !words.isEmpty(); e++) {
      int at = random.nextInt(words.size());
      switch (random.nextInt(3)) {
        case 0 -> words.remove(at);
        case 1 -> words.add(at, WORDS[random.nextInt(WORDS.length)]);
        default -> words.set(at, "w" + random.nextInt(50));
      }
    }
    return String.join(" ", words);
  }

  private static String key(String text) {
    return ArabicNormaliser.normalise(text);
  }
}
