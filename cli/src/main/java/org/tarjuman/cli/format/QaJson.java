package org.tarjuman.cli.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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

  private ObjectMapper mapper;

  /** {@code qa DOC --target T --json}. */
  public String report(QaReport r) {
    return write(
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
    return write(
        new ReviewJson(
            r.file().toString(),
            r.document().name(),
            r.document().id(),
            r.document().version(),
            r.target().toLanguageTag(),
            r.segments(),
            r.issues()));
  }

  private synchronized ObjectMapper mapper() {
    if (mapper == null) {
      mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    return mapper;
  }

  private String write(Object value) {
    try {
      return mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
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
