package org.tarjuman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tarjuman's bundled rules keep Okapi's behaviour for English and the other languages. */
class EnglishSegmentationTest {

  private static final Segmenter ENGLISH = SrxRules.bundled().segmenterFor(Locale.ENGLISH);

  static Stream<Arguments> english() {
    return Stream.of(
        arguments("breaks between two sentences", "Hello. World.", List.of("Hello.", "World.")),
        arguments(
            "does not break after Dr.",
            "Dr. Smith arrived. He was late.",
            List.of("Dr. Smith arrived.", "He was late.")),
        arguments(
            "does not break after e.g.",
            "We saw many animals, e.g. this one.",
            List.of("We saw many animals, e.g. this one.")),
        arguments(
            "does not break inside 3.5",
            "About 3.5 million people voted.",
            List.of("About 3.5 million people voted.")),
        arguments(
            "breaks after question and exclamation marks",
            "Is it true? Yes! It is.",
            List.of("Is it true?", "Yes!", "It is.")),
        arguments(
            "does not break after Mr.",
            "Mr. Jones went to Washington. He arrived yesterday.",
            List.of("Mr. Jones went to Washington.", "He arrived yesterday.")),
        arguments(
            "breaks after an amount with a thousands separator",
            "He paid $5,000. Then he left.",
            List.of("He paid $5,000.", "Then he left.")),
        arguments(
            "does not break inside a web address",
            "Visit www.example.com for details. It is free.",
            List.of("Visit www.example.com for details.", "It is free.")),
        arguments(
            "breaks after a closing quote",
            "She said \"Stop.\" Then she left.",
            List.of("She said \"Stop.\"", "Then she left.")),
        arguments(
            "does not break before a lowercase word",
            "Hello. world is lowercase here.",
            List.of("Hello. world is lowercase here.")),
        arguments(
            "does not break after initials",
            "J. R. R. Tolkien wrote books. They sold well.",
            List.of("J. R. R. Tolkien wrote books.", "They sold well.")),
        arguments(
            "does not break after U.S. before a lowercase word",
            "The U.S. economy grew. Prices rose.",
            List.of("The U.S. economy grew.", "Prices rose.")),
        arguments(
            "breaks after an ellipsis",
            "Wait… Then it happened.",
            List.of("Wait…", "Then it happened.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("english")
  void segmentsEnglishAsOkapiDoes(String behaviour, String unit, List<String> expected) {
    assertThat(ArabicSegmentationTest.segmentsOf(ENGLISH, unit))
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"und", "sw", "tr"})
  void segmentsLanguagesWithoutOwnRulesByTheDefaultRules(String tag) {
    Segmenter segmenter = SrxRules.bundled().segmenterFor(Locale.forLanguageTag(tag));

    assertThat(ArabicSegmentationTest.segmentsOf(segmenter, "Hello. World. Dr. Smith is here."))
        .containsExactly("Hello.", "World.", "Dr. Smith is here.");
  }
}
