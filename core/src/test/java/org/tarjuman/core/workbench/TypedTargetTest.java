package org.tarjuman.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.segment.TokenCodeFinder;

class TypedTargetTest {

  private final TokenCodeFinder finder = new TokenCodeFinder();
  private final TypedTarget typed = new TypedTarget(finder);
  private final Content source =
      finder.protect(Content.ofText("قال @IDF_ar في #جيش_الدفاع اليوم https://example.com/a"));

  @Test
  void usesTheSourceCodesWhenTheyMoveInTheTranslation() {
    Content target = typed.target(source, "In #جيش_الدفاع, @IDF_ar said today: https://example.com/a");

    assertThat(target.codes()).isEqualTo(source.codes());
    assertThat(target.plainText())
        .isEqualTo("In #جيش_الدفاع, @IDF_ar said today: https://example.com/a");
    assertThat(target.textOnly()).isEqualTo("In ,  said today: ");
  }

  @Test
  void namesTheMissingCode() {
    assertThatThrownBy(() -> typed.target(source, "@IDF_ar said today https://example.com/a"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing #جيش_الدفاع")
        .hasMessageNotContaining("extra");
  }

  @Test
  void namesAnExtraCode() {
    assertThatThrownBy(
            () ->
                typed.target(
                    source, "@IDF_ar #جيش_الدفاع #Morocco said today https://example.com/a"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("extra #Morocco")
        .hasMessageNotContaining("missing");
  }

  @Test
  void findsACodeTypedLiterallyThatIsNoToken() {
    Content bold =
        new Content(
            "a " + Content.OPENING + (char) Content.INDEX_BASE + "b" + Content.CLOSING
                + (char) (Content.INDEX_BASE + 1),
            List.of(
                new InlineCode(InlineCode.Kind.OPENING, 1, "bold", "<b>"),
                new InlineCode(InlineCode.Kind.CLOSING, 1, "bold", "</b>")));

    Content target = typed.target(bold, "<b>B</b> A");

    assertThat(target.plainText()).isEqualTo("<b>B</b> A");
    assertThat(target.textOnly()).isEqualTo("B A");
  }

  @Test
  void refusesABlankTranslation() {
    assertThatThrownBy(() -> typed.target(Content.ofText("نص"), "  "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
  }
}
