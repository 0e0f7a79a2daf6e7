package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code translate}, Spring-wired, on a fake workbench. */
class TranslateCommandsTest extends SpringConsoleTest {

  @BeforeEach
  void startAfresh() {
    fake().forgetTranslations();
  }

  @Test
  void setsATranslationOfSeveralWordsAndShowsTheEarlierOne() {
    Run run = run("translate", "102", "--target", "en", "He said in a statement", "#جيش_الدفاع");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(fake().translated).containsExactly("102 en translated He said in a statement #جيش_الدفاع");
    assertThat(run.out())
        .contains("en: translated, manual", "He said in a statement #جيش_الدفاع", "history, oldest first");
  }

  @Test
  void signsOffWithAStatusAlone() throws Exception {
    Run run = run("translate", "102", "--target", "en", "--status", "final", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(fake().translated).containsExactly("102 en final -");
    JsonNode segment = json.readTree(run.out());
    assertThat(segment.get("translations").get(0).get("status").asText()).isEqualTo("final");
    assertThat(segment.get("history").get("en")).hasSize(1);
  }

  @Test
  void rejectsAMissingTextAndStatusAnUnknownStatusAndAMissingTarget() {
    assertBadInput(run("translate", "102", "--target", "en"), "--status");
    assertBadInput(run("translate", "102", "--target", "en", "x", "--status", "done"), "unknown status");
    assertBadInput(run("translate", "102", "x"), "--target");
    assertBadInput(run("translate", "two", "--target", "en", "x"), "ID");
    assertThat(fake().translated).isEmpty();
  }
}
