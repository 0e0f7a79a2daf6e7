package org.tarjuman.cli.format;

import java.util.List;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.ReviewReport;

/**
 * The {@code --json} output of {@code qa} and {@code review}, with the conventions of {@link
 * JsonOutput}: shapes defined here as records, Arabic unescaped, BCP 47 tags, labels as users see
 * them.
 */
public final class QaJson {

  /** {@code qa DOC --target T --json}. */
  public String report(QaReport r) {
    return JsonText.write(
        new QaReportJson(
            r.document().name(),
            r.document().id(),
            r.document().version(),
            r.target().toLanguageTag(),
            r.checked(),
            r.untranslated(),
            issues(r.issues())));
  }

  /** The issues as JSON objects, for other shapes that include them. */
  public static List<IssueJson> issues(List<QaIssue> issues) {
    return issues.stream()
        .map(
            i ->
                new IssueJson(
                    i.segmentId(), i.position(), i.check(), i.severity().label(), i.message()))
        .toList();
  }

  /** {@code review DOC --target T --json}. */
  public String review(ReviewReport r) {
    return JsonText.write(
        new ReviewJson(
            r.file().toString(),
            r.document().name(),
            r.document().id(),
            r.document().version(),
            r.target().toLanguageTag(),
            r.segments(),
            r.issues()));
  }

  record QaReportJson(
      String document,
      long documentId,
      int version,
      String target,
      int checked,
      int untranslated,
      List<IssueJson> issues) {}

  /** One issue: the segment by id and position, the check, severity and message. */
  public record IssueJson(
      long segmentId, int position, String check, String severity, String message) {}

  record ReviewJson(
      String file,
      String document,
      long documentId,
      int version,
      String target,
      int segments,
      int issues) {}
}
