package org.tarjuman.core.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DiffPart;
import org.tarjuman.core.model.DiffPart.Kind;

class MatchDiffTest {

  @Test
  void marksASubstitutedWordAsMissingAndAdded() {
    List<DiffPart> parts =
        MatchDiff.diff(
            Content.ofText("The visit ends on Monday."),
            Content.ofText("The visit ends on Friday."));

    assertThat(parts)
        .containsExactly(
            new DiffPart(Kind.SAME, "The visit ends on"),
            new DiffPart(Kind.MISSING, " Monday"),
            new DiffPart(Kind.ADDED, " Friday"),
            new DiffPart(Kind.SAME, "."));
  }

  @Test
  void showsTheMatchAsWrittenWhenOnlyDiacriticsDiffer() {
    List<DiffPart> parts =
        MatchDiff.diff(Content.ofText("وصل الوزير"), Content.ofText("وصلَ الوزيرُ"));

    assertThat(parts).containsExactly(new DiffPart(Kind.SAME, "وصلَ الوزيرُ"));
  }

  @Test
  void marksAWordOnlyInTheMatchAsAdded() {
    List<DiffPart> parts =
        MatchDiff.diff(Content.ofText("زيارة رسمية"), Content.ofText("زيارة رسمية قصيرة"));

    assertThat(parts)
        .containsExactly(
            new DiffPart(Kind.SAME, "زيارة رسمية"), new DiffPart(Kind.ADDED, " قصيرة"));
  }
}
