package org.tarjuman.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tarjuman.xliff.ImportXliffReport;
import org.tarjuman.xliff.Rejection;
import org.tarjuman.xliff.model.XliffVersion;

class XliffTextTest {

  private static final ImportXliffReport REPORT =
      new ImportXliffReport(
          Path.of("article.en.xlf"),
          XliffVersion.V1_2,
          7,
          "article.txt",
          2,
          Locale.forLanguageTag("en"),
          12,
          2,
          1,
          List.of(
              new Rejection(
                  "s1042",
                  Rejection.Reason.SOURCE_CHANGED,
                  "unit s1042: the source text differs from the stored segment 1042")),
          11);

  @Test
  void importReportListsTheCountsThenEachRejectedUnitWithItsReason() {
    String out = new XliffText().importReport(REPORT);

    assertThat(out)
        .startsWith("Imported article.en.xlf (XLIFF 1.2) into document 7, version 2: article.txt")
        .containsPattern("updated +12\\n")
        .containsPattern("unchanged +2\\n")
        .containsPattern("empty +1\\n")
        .containsPattern("rejected +1\\n")
        .endsWith(
            "\n  source-changed: unit s1042: the source text differs from the stored segment"
                + " 1042");
  }

  @Test
  void importReportJsonNamesEachRejectedUnitAndItsReason() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new JsonOutput().importXliff(REPORT));

    assertThat(json.get("updated").asInt()).isEqualTo(12);
    assertThat(json.get("rejected").asInt()).isEqualTo(1);
    assertThat(json.get("target").asText()).isEqualTo("en");
    assertThat(json.get("xliff").asText()).isEqualTo("1.2");
    JsonNode rejection = json.get("rejections").get(0);
    assertThat(rejection.get("unit").asText()).isEqualTo("s1042");
    assertThat(rejection.get("reason").asText()).isEqualTo("source-changed");
  }
}
