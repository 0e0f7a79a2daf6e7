package org.tarjuman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

class TokenCodeFinderTest {

  private final TokenCodeFinder finder = new TokenCodeFinder();

  static Stream<Arguments> tokens() {
    return Stream.of(
        arguments("an Arabic hashtag", "يستضيف #جيش_الدفاع، مؤتمرا", "hashtag", "#جيش_الدفاع"),
        arguments("a Latin hashtag with digits", "see #Expo2020 now", "hashtag", "#Expo2020"),
        arguments("a hashtag with tashkeel", "وسم #مُؤتَمَر اليوم", "hashtag", "#مُؤتَمَر"),
        arguments(
            "a hashtag with Arabic-Indic digits", "وسم #قمة_٢٠٢٢ اليوم", "hashtag", "#قمة_٢٠٢٢"),
        arguments(
            "a mention in brackets",
            "ادرعي (@AvichayAdraee) September",
            "mention",
            "@AvichayAdraee"),
        arguments("a mention before a full stop", "كتب @aljazeera.", "mention", "@aljazeera"),
        arguments(
            "an https URL with a query",
            "اقرأ https://www.aljazeera.net/news/a?id=5&x=1 الآن",
            "url",
            "https://www.aljazeera.net/news/a?id=5&x=1"),
        arguments(
            "a URL with an Arabic path",
            "اقرأ https://ar.wikipedia.org/wiki/المغرب الآن",
            "url",
            "https://ar.wikipedia.org/wiki/المغرب"),
        arguments("a www address", "زوروا www.aljazeera.net للمزيد", "url", "www.aljazeera.net"),
        arguments(
            "a bare host with a path, before a dash",
            "منه pic.twitter.com/RIuybObm5n— افيخاي",
            "url",
            "pic.twitter.com/RIuybObm5n"),
        arguments("a bare domain", "يملك موقع example.com منذ سنوات", "url", "example.com"),
        arguments(
            "a URL without the full stop after it",
            "انظر https://example.com/a.",
            "url",
            "https://example.com/a"),
        arguments(
            "a URL without the Arabic comma after it",
            "انظر www.example.com، ثم",
            "url",
            "www.example.com"),
        arguments(
            "a URL without the closing bracket around it",
            "(انظر https://example.com/page) ثم",
            "url",
            "https://example.com/page"),
        arguments(
            "a URL with its own brackets",
            "see https://en.wikipedia.org/wiki/Foo_(bar).",
            "url",
            "https://en.wikipedia.org/wiki/Foo_(bar)"),
        arguments(
            "an e-mail address", "راسلونا على info@aljazeera.net.", "email", "info@aljazeera.net"),
        arguments(
            "an e-mail address with dots and plus",
            "write to first.last+news@mail.example.org today",
            "email",
            "first.last+news@mail.example.org"));
  }

  @ParameterizedTest(name = "protects {0}")
  @MethodSource("tokens")
  void protectsTheTokenAsAPlaceholderHoldingItsOriginalText(
      String what, String text, String type, String data) {
    Content protectedContent = finder.protect(Content.ofText(text));

    assertThat(protectedContent.codes())
        .singleElement()
        .satisfies(
            code -> {
              assertThat(code.kind()).isEqualTo(InlineCode.Kind.PLACEHOLDER);
              assertThat(code.type()).isEqualTo(type);
              assertThat(code.data()).isEqualTo(data);
            });
    assertThat(protectedContent.plainText()).isEqualTo(text);
    assertThat(protectedContent.textOnly()).isEqualTo(text.replace(data, ""));
  }

  @ParameterizedTest(name = "leaves \"{0}\" as text")
  @ValueSource(
      strings = {
        "C# and F# are languages",
        "العدد #1 في القائمة",
        "انتهى. وقال",
        "نسبة 3.5 في المئة",
        "e.g. this",
        "Node.js is fast",
        "الجزيرة.نت موقع",
        "a @ b"
      })
  void leavesTextWithoutTokensAsItIs(String text) {
    assertThat(finder.protect(Content.ofText(text))).isEqualTo(Content.ofText(text));
  }

  @Test
  void typesEachKindOfTokenInAText() {
    Content content =
        finder.protect(
            Content.ofText(
                "#وسم @user info@example.com https://example.com/#top www.example.org x.com/p"));

    assertThat(content.codes())
        .extracting(InlineCode::type, InlineCode::data)
        .containsExactlyInAnyOrder(
            tuple("hashtag", "#وسم"),
            tuple("mention", "@user"),
            tuple("email", "info@example.com"),
            tuple("url", "https://example.com/#top"),
            tuple("url", "www.example.org"),
            tuple("url", "x.com/p"));
    assertThat(content.textOnly().strip()).isBlank();
  }

  @Test
  void keepsExistingCodesAndGivesNewCodesFreshIds() {
    List<InlineCode> existing =
        List.of(
            new InlineCode(InlineCode.Kind.OPENING, 7, "b", "<b>"),
            new InlineCode(InlineCode.Kind.CLOSING, 7, "b", "</b>"),
            new InlineCode(InlineCode.Kind.PLACEHOLDER, 8, "br", "<br/>"));
    String coded =
        ""
            + Content.OPENING
            + (char) (Content.INDEX_BASE)
            + "مهم"
            + Content.CLOSING
            + (char) (Content.INDEX_BASE + 1)
            + " #وسم "
            + Content.PLACEHOLDER
            + (char) (Content.INDEX_BASE + 2)
            + " @user";
    Content content = new Content(coded, existing);

    Content result = finder.protect(content);

    assertThat(result.codes()).hasSize(5);
    assertThat(result.codes().subList(0, 3)).isEqualTo(existing);
    assertThat(result.codes().subList(3, 5))
        .extracting(InlineCode::kind, InlineCode::id, InlineCode::type, InlineCode::data)
        .containsExactly(
            tuple(InlineCode.Kind.PLACEHOLDER, 9, "hashtag", "#وسم"),
            tuple(InlineCode.Kind.PLACEHOLDER, 10, "mention", "@user"));
    assertThat(result.coded()).startsWith(coded.substring(0, 7));
    assertThat(result.plainText()).isEqualTo("<b>مهم</b> #وسم <br/> @user");
  }

  @Test
  void protectsAVeryLongUrlWithoutOverflowingTheStack() {
    String url = "https://example.com/" + "a/b-c.d".repeat(20_000);
    String host = "a.".repeat(20_000) + "com";

    assertThat(finder.protect(Content.ofText("انظر " + url + ". ثم")).codes())
        .singleElement()
        .extracting(InlineCode::data)
        .isEqualTo(url);
    assertThat(finder.protect(Content.ofText(host)).codes()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void protectingTwiceChangesNothing() {
    Content once = finder.protect(Content.ofText("#وسم @user https://example.com/a"));

    assertThat(finder.protect(once)).isEqualTo(once);
  }

  @Test
  void keepsAnUnpairedOpeningCodeAsItWas() {
    List<InlineCode> existing = List.of(new InlineCode(InlineCode.Kind.OPENING, 1, "b", "<b>"));
    Content content =
        new Content(Content.OPENING + "" + (char) Content.INDEX_BASE + "نص #وسم", existing);

    Content result = finder.protect(content);

    assertThat(result.coded().charAt(0)).isEqualTo(Content.OPENING);
    assertThat(result.codes().get(0)).isEqualTo(existing.get(0));
    assertThat(result.codes().get(1).type()).isEqualTo("hashtag");
  }
}
