package org.tarjuman.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tarjuman.cli.FakeWorkbench;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.QaSeverity;

class QaTextTest {

  private final QaText text = new QaText(80);

  static final List<QaIssue> ISSUES =
      List.of(
          new QaIssue(
              1042,
              7,
              "hashtags",
              QaSeverity.HIGH,
              "the hashtag #جيش_الدفاع is missing from the target"),
          new QaIssue(
              1043,
              8,
              "bidi-controls",
              QaSeverity.LOW,
              "the source has U+200F RIGHT-TO-LEFT MARK at character 34; it is kept as it is"));

  @Test
  void reportIsATableFittingEightyColumns() {
    String out = text.report(new QaReport(FakeWorkbench.summary(), Locale.ENGLISH, 2, 1, ISSUES));

    assertThat(out)
        .startsWith(
            FakeWorkbench.NAME
                + " (document 1, version 1) into en\n"
                + "2 issues in 2 translated segments; 1 not translated yet\n");
    assertThat(out)
        .contains("#    ID  SEVERITY  CHECK          MESSAGE")
        .contains("7  1042  high      hashtags       the hashtag #جيش_الدفاع is missing");
    assertThat(out.lines()).allSatisfy(l -> assertThat(TextTable.cells(l)).isLessThanOrEqualTo(80));
  }

  @Test
  void sayWhenThereIsNoIssue() {
    assertThat(text.report(new QaReport(FakeWorkbench.summary(), Locale.ENGLISH, 3, 0, List.of())))
        .isEqualTo(
            FakeWorkbench.NAME
                + " (document 1, version 1) into en\n0 issues in 3 translated segments");
    assertThat(text.section(Locale.ENGLISH, List.of())).isEqualTo("QA en\n  no issues");
  }

  @Test
  void sectionIndentsTheIssues() {
    assertThat(text.section(Locale.ENGLISH, ISSUES))
        .startsWith("QA en\n  SEVERITY  CHECK          MESSAGE\n  high      hashtags ");
  }
}
