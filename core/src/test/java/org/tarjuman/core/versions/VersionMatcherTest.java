package org.tarjuman.core.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.LinkKind;
import org.tarjuman.core.text.ArabicNormaliser;

class VersionMatcherTest {

  private static final String A = "وصل الوزير إلى الرباط صباح اليوم.";
  private static final String B = "غادر الوفد الدار البيضاء يوم الثلاثاء بعد زيارة طويلة.";
  private static final String C = "انتهت الزيارة الرسمية.";
  private static final String D = "وقال المتحدث إن التعاون سيستمر في مجالات عديدة.";
  private static final String D1 = "وقال المتحدث إن التعاون سيستمر.";
  private static final String D2 = "في مجالات عديدة.";

  @Test
  void keepsTheOrderOfUnchangedSegmentsAndMarksTheOthersMoved() {
    List<SegmentLink> links = match(List.of(A, B, C, D), List.of(B, C, A, D));

    assertThat(kinds(links)).isEqualTo("unchanged unchanged moved unchanged");
  }

  @Test
  void findsASplitSentenceAndAMergedPair() {
    assertThat(kinds(match(List.of(A, D, C), List.of(A, D1, D2, C))))
        .isEqualTo("unchanged split split unchanged");
    List<SegmentLink> merged = match(List.of(A, D1, D2, C), List.of(A, D, C));
    assertThat(kinds(merged)).isEqualTo("unchanged merged unchanged");
    assertThat(merged.get(1).oldIds()).containsExactly(2L, 3L);
  }

  @Test
  void scoresAnEditAndFlagsNewAndDeletedSegments() {
    String edited = "وصل الوزير إلى الرباط مساء اليوم.";
    List<SegmentLink> links = match(List.of(A, B, C), List.of(edited, C, "جملة جديدة تماما هنا."));

    assertThat(kinds(links)).isEqualTo("edited unchanged new deleted");
    assertThat(links.get(0).oldIds()).containsExactly(1L);
    assertThat(links.get(0).score()).isBetween(VersionMatcher.EDIT_THRESHOLD, 99);
    assertThat(links.get(3).oldIds()).containsExactly(2L);
  }

  @Test
  void pairsRepeatedSentencesInTheirOrder() {
    List<SegmentLink> links = match(List.of(A, B, A), List.of(A, A, B));

    assertThat(kinds(links)).isEqualTo("unchanged moved unchanged");
    assertThat(links.get(0).oldIds()).containsExactly(1L);
    assertThat(links.get(1).oldIds()).containsExactly(3L);
  }

  @Test
  void aChangedInlineCodeIsAnEditNotTheSameText() {
    Content old = withHashtag("#المغرب");
    Content changed = withHashtag("#اسرائيل");
    List<SegmentLink> links =
        VersionMatcher.match(
            List.of(segment(1, old)), List.of(segment(101, changed)));

    assertThat(kinds(links)).isEqualTo("edited");
  }

  @Test
  void aChangedStringUnderTheSameKeyIsAnEditEvenWhenItsTextIsQuiteDifferent() {
    List<SegmentLink> links =
        VersionMatcher.match(
            List.of(keyed(1, "app.title", "Orders"), keyed(2, "app.save", "Save")),
            List.of(keyed(101, "app.title", "Your orders this month"), keyed(102, "app.save", "Save")));

    assertThat(kinds(links)).isEqualTo("edited unchanged");
    assertThat(links.get(0).oldIds()).containsExactly(1L);
    assertThat(links.get(0).score()).isLessThan(VersionMatcher.EDIT_THRESHOLD);
  }

  @Test
  void keysComeBeforeTextSoSwappedValuesAreEditsOfTheirOwnKeys() {
    List<SegmentLink> links =
        VersionMatcher.match(
            List.of(keyed(1, "ok", "Yes"), keyed(2, "cancel", "No")),
            List.of(keyed(101, "ok", "No"), keyed(102, "cancel", "Yes")));

    assertThat(kinds(links)).isEqualTo("edited edited");
    assertThat(links.get(0).oldIds()).containsExactly(1L);
    assertThat(links.get(1).oldIds()).containsExactly(2L);
  }

  @Test
  void aRenamedKeyWithTheSameTextIsMovedAndANewKeyIsNew() {
    List<SegmentLink> links =
        VersionMatcher.match(
            List.of(keyed(1, "greeting", "Welcome back"), keyed(2, "legacy.note", "Fax us today")),
            List.of(keyed(101, "home.greeting", "Welcome back"), keyed(102, "cart.empty", "Empty")));

    assertThat(kinds(links)).isEqualTo("moved new deleted");
    assertThat(links.get(0).oldIds()).containsExactly(1L);
    assertThat(links.get(2).oldIds()).containsExactly(2L);
  }

  private static VersionSegment keyed(long id, String key, String text) {
    Content content = Content.ofText(text);
    return new VersionSegment(
        id, ArabicNormaliser.normalise(content), content.codes(), Optional.of(key));
  }

  private static Content withHashtag(String tag) {
    return new Content(
        "زار الوفد " + Content.PLACEHOLDER + (char) Content.INDEX_BASE + " اليوم.",
        List.of(new InlineCode(InlineCode.Kind.PLACEHOLDER, 1, "hashtag", tag)));
  }

  /** Old segments get ids 1, 2, …; new ones 101, 102, …. */
  private static List<SegmentLink> match(List<String> olds, List<String> news) {
    List<VersionSegment> o = new ArrayList<>();
    List<VersionSegment> n = new ArrayList<>();
    for (int i = 0; i < olds.size(); i++) {
      o.add(segment(i + 1, Content.ofText(olds.get(i))));
    }
    for (int i = 0; i < news.size(); i++) {
      n.add(segment(101 + i, Content.ofText(news.get(i))));
    }
    return VersionMatcher.match(o, n);
  }

  private static VersionSegment segment(long id, Content content) {
    return new VersionSegment(id, ArabicNormaliser.normalise(content), content.codes());
  }

  private static String kinds(List<SegmentLink> links) {
    return links.stream().map(l -> l.kind().label()).collect(Collectors.joining(" "));
  }
}
