package org.tarjuman.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tarjuman.cli.FakeWorkbench;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.FindHit;
import org.tarjuman.core.model.SearchSide;

class JsonOutputTest {

  private final JsonOutput json = new JsonOutput();
  private final ObjectMapper reader = new ObjectMapper();

  @Test
  void writesArabicUnescapedAndInLogicalOrder() throws Exception {
    String out =
        json.segments(FakeWorkbench.summary(), Optional.empty(), FakeWorkbench.allSegments());

    assertThat(out).contains(FakeWorkbench.FIRST, FakeWorkbench.NAME);
    assertThat(out).doesNotContain("\\u06");
    JsonNode segments = reader.readTree(out).get("segments");
    assertThat(segments).hasSize(3);
    assertThat(segments.get(0).get("source").asText()).isEqualTo(FakeWorkbench.FIRST);
  }

  @Test
  void writesTheSourceAsInTheOriginalWithItsInlineCodes() throws Exception {
    JsonNode segment = reader.readTree(json.segment(FakeWorkbench.allSegments().get(1)));

    assertThat(segment.get("source").asText()).isEqualTo(FakeWorkbench.SECOND);
    assertThat(segment.get("codes").get(0).get("type").asText()).isEqualTo("hashtag");
    assertThat(segment.get("codes").get(0).get("data").asText()).isEqualTo(FakeWorkbench.HASHTAG);
    JsonNode translation = segment.get("translations").get(0);
    assertThat(translation.get("target").asText()).isEqualTo("en");
    assertThat(translation.get("status").asText()).isEqualTo("translated");
    assertThat(translation.get("origin").asText()).isEqualTo("tm-exact");
    assertThat(segment.has("status")).isFalse();
  }

  @Test
  void givesEachSegmentItsStatusIntoTheTarget() throws Exception {
    JsonNode segments =
        reader
            .readTree(
                json.segments(
                    FakeWorkbench.summary(),
                    Optional.of(FakeWorkbench.EN),
                    FakeWorkbench.allSegments()))
            .get("segments");

    assertThat(segments)
        .extracting(segment -> segment.get("status").asText())
        .containsExactly("new", "translated", "new");
  }

  @Test
  void writesDocumentsWithProgressPerTarget() throws Exception {
    JsonNode root = reader.readTree(json.documents(List.of(FakeWorkbench.summary())));

    JsonNode document = root.get("documents").get(0);
    assertThat(document.get("name").asText()).isEqualTo(FakeWorkbench.NAME);
    assertThat(document.get("source").asText()).isEqualTo("ar");
    assertThat(document.get("targets").get(0).asText()).isEqualTo("en");
    assertThat(document.get("progress").get("en").get("translated").asInt()).isEqualTo(1);
    assertThat(document.get("progress").get("en").get("segments").asInt()).isEqualTo(3);
    assertThat(document.get("importedAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
  }

  @Test
  void writesHitsAndStats() throws Exception {
    FindHit hit = new FindHit(101, FakeWorkbench.NAME, 1, 1, FakeWorkbench.FIRST, 4, 10);
    JsonNode hits =
        reader.readTree(
            json.hits("المفتش", Optional.empty(), SearchSide.SOURCE, List.of(hit), List.of()));
    JsonNode stats =
        reader.readTree(
            json.stats(List.of(new DocumentStats(FakeWorkbench.NAME, 1, 3, 21, 98, 1, 5))));

    assertThat(hits.get("query").asText()).isEqualTo("المفتش");
    assertThat(hits.get("in").asText()).isEqualTo("source");
    assertThat(hits.get("hits").get(0).get("start").asInt()).isEqualTo(4);
    assertThat(hits.get("hits").get(0).has("target")).isFalse();
    assertThat(stats.get("documents").get(0).get("repeatedWords").asLong()).isEqualTo(5);
  }
}
