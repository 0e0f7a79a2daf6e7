package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonScalarsTest {

  @Test
  void aRowOfEveryKindOfValueComesBackUnchanged() {
    List<Object> row =
        Arrays.asList(
            42L,
            -9_007_199_254_740_993L,
            new BigDecimal("3.14159265358979323846"),
            true,
            null,
            "يستضيف #جيش_الدفاع، “مؤتمرًا” \"quoted\" back\\slash",
            "tab\tline\nreturn\r\u0001\u2028end");

    String line = JsonScalars.array(row);

    assertThat(line).doesNotContain("\n").contains("يستضيف");
    assertThat(JsonScalars.parseArray(line)).isEqualTo(row);
  }

  @Test
  void anObjectKeepsItsOrder() {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", "tarjuman-workspace-backup");
    manifest.put("format_version", 1L);
    manifest.put("tables", "documents,segments");

    assertThat(JsonScalars.parseObject(JsonScalars.object(manifest)))
        .containsExactlyEntriesOf(manifest);
  }

  @Test
  void refusesALineThatIsNotOneArray() {
    assertThatThrownBy(() -> JsonScalars.parseArray("[1, 2] 3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected the end of the line");
    assertThatThrownBy(() -> JsonScalars.parseArray("[\"open"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
