package org.tarjuman.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  private static final String ARABIC =
      "يصل المفتش العام للقوات المسلحة الملكية المغربية، بلخير الفاروق، الاثنين، إسرائيل للمشاركة"
          + " بمؤتمر عسكري دولي، في زيارة هي الأولى من نوعها لقائد جيش عربي مسلم.";

  @Test
  void wrapsArabicAtSpacesKeepingLogicalOrder() {
    List<String> lines = TextTable.wrap(ARABIC, 30);

    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines).allSatisfy(line -> assertThat(TextTable.cells(line)).isLessThanOrEqualTo(30));
    // Joining the lines with the spaces they were broken at gives the text back, char for char.
    assertThat(String.join(" ", lines)).isEqualTo(ARABIC);
    assertThat(lines.get(0)).startsWith("يصل المفتش");
  }

  @Test
  void neitherAddsNorRemovesBidiControls() {
    String withMarks = "\u2067قال الوزير\u2069 (\u200Fpic.twitter.com/abc\u200F) اليوم";

    String rendered = new TextTable(80).column("ID").column("SOURCE").row(7, withMarks).render();

    assertThat(rendered.lines().skip(1).findFirst().orElseThrow()).endsWith(withMarks);
    assertThat(rendered.chars().filter(c -> c >= 0x2066 && c <= 0x2069).count()).isEqualTo(2);
    assertThat(rendered.chars().filter(c -> c == 0x200F).count()).isEqualTo(2);
    assertThat(rendered).doesNotContain("\u202B", "\u202E", "\u200E");
  }

  @Test
  void countsArabicDiacriticsAsTakingNoCells() {
    assertThat(TextTable.cells("مُدّة")).isEqualTo(3);
    assertThat(TextTable.cells("جيش")).isEqualTo(3);
    assertThat(TextTable.cells("日本")).isEqualTo(4);
  }

  @Test
  void neverSeparatesADiacriticFromItsLetter() {
    List<String> lines = TextTable.wrap("مُدّةمُدّةمُدّة", 4);

    assertThat(String.join("", lines)).isEqualTo("مُدّةمُدّةمُدّة");
    assertThat(lines)
        .allSatisfy(
            line ->
                assertThat(Character.getType(line.codePointAt(0)))
                    .isNotEqualTo((int) Character.NON_SPACING_MARK));
  }

  @Test
  void alignsColumnsAndWrapsTheLastUnderItselfInTheWidthLeft() {
    String rendered =
        new TextTable(30)
            .numberColumn("ID")
            .column("SOURCE")
            .row(5, "one two three four five six seven eight")
            .row(123, "short")
            .render();

    assertThat(rendered)
        .isEqualTo(
            """
             ID  SOURCE
              5  one two three four five
                 six seven eight
            123  short\
            """);
  }

  @Test
  void breaksALongFileNameBetweenItsPartsToFitTheWidth() {
    String name = "ar-news-morocco-israel-military-visit.txt";

    String rendered = new TextTable(30).numberColumn("ID").column("NAME").row(1, name).render();

    assertThat(rendered.lines())
        .containsExactly("ID  NAME", " 1  ar-news-morocco-israel-", "    military-visit.txt");
  }

  @Test
  void showsLineBreaksInACellAsSpaces() {
    String rendered =
        new TextTable(80).column("A").column("B").row("x\ty", "first\nsecond").render();

    assertThat(rendered.lines()).hasSize(2);
    assertThat(rendered).contains("x y", "first second");
  }

  @Test
  void truncatesWithAnEllipsis() {
    assertThat(TextTable.truncate("ar-news-morocco-israel.txt", 10)).isEqualTo("ar-news-m…");
    assertThat(TextTable.truncate("short.txt", 10)).isEqualTo("short.txt");
  }
}
