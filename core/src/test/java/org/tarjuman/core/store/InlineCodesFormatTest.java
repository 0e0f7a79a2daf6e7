package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.InlineCode.Kind;

class InlineCodesFormatTest {

  @Test
  void writesNoCodesAsTheEmptyString() {
    assertThat(InlineCodesFormat.format(List.of())).isEmpty();
    assertThat(InlineCodesFormat.parse("")).isEmpty();
  }

  @Test
  void writesACompactReadableForm() {
    List<InlineCode> codes =
        List.of(
            new InlineCode(Kind.PLACEHOLDER, 1, "hashtag", "#المغرب"),
            new InlineCode(Kind.OPENING, 2, "b", "<b>"),
            new InlineCode(Kind.CLOSING, 2, "b", "</b>"));

    assertThat(InlineCodesFormat.format(codes)).isEqualTo("p1,hashtag,#المغرب;o2,b,<b>;c2,b,</b>");
  }

  @Test
  void keepsSeparatorsBackslashesAndEmptyFieldsExactly() {
    List<InlineCode> codes =
        List.of(
            new InlineCode(Kind.OPENING, -1, "a;b,c\\", "<a title=\"x, y; z\\\">"),
            new InlineCode(Kind.PLACEHOLDER, 7, "", ""),
            new InlineCode(Kind.CLOSING, 12, "x", "\\;,\n\t"));

    assertThat(InlineCodesFormat.parse(InlineCodesFormat.format(codes))).isEqualTo(codes);
  }

  @Test
  void rejectsTextInAnotherFormat() {
    assertThatThrownBy(() -> InlineCodesFormat.parse("x1,a,b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> InlineCodesFormat.parse("p1,a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InlineCodesFormat.parse("p1,a,b\\"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
