package org.tarjuman.core.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.QaIssue;
import org.tarjuman.core.model.QaReport;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.segment.InlineCodeProtector;

/**
 * Quality checks of the translations of stored segments: Okapi CheckMate's checks through {@link
 * CheckMateChecks}, then Tarjuman's own ({@link NumbersCheck}, {@link TokensCheck}, {@link
 * PairedPunctuationCheck}, {@link BidiControlsCheck}). A segment without a translation into the
 * target (or with an empty one that is still new) is not translated yet, and is not checked.
 * Nothing is changed: the issues are only reported.
 */
public final class QaService {

  private final CheckMateChecks checkMate = new CheckMateChecks();
  private final List<TextCheck> checks;

  /**
   * @param protector finds hashtags, mentions, URLs and e-mails as the import does
   */
  public QaService(InlineCodeProtector protector) {
    this.checks =
        List.of(
            new NumbersCheck(protector),
            new TokensCheck(protector),
            new PairedPunctuationCheck(protector),
            new BidiControlsCheck());
  }

  /** The issues of a document's segments translated into {@code target}, in document order. */
  public QaReport check(DocumentSummary document, List<SegmentView> segments, Locale target) {
    List<SegmentView> translated =
        segments.stream().filter(s -> translation(s, target).isPresent()).toList();
    List<QaIssue> issues = issues(translated, document.source(), target);
    return new QaReport(
        document, target, translated.size(), segments.size() - translated.size(), issues);
  }

  /** The issues of one segment's translation into {@code target}; none when it has none. */
  public List<QaIssue> check(SegmentView segment, Locale source, Locale target) {
    return translation(segment, target).isEmpty()
        ? List.of()
        : issues(List.of(segment), source, target);
  }

  private List<QaIssue> issues(List<SegmentView> segments, Locale source, Locale target) {
    List<CheckMateChecks.Unit> units = new ArrayList<>(segments.size());
    for (SegmentView s : segments) {
      units.add(new CheckMateChecks.Unit(s.id(), s.source(), targetOf(s, target)));
    }
    Map<Long, List<Finding>> okapi = checkMate.check(units, source, target);
    List<QaIssue> issues = new ArrayList<>();
    for (SegmentView s : segments) {
      Content translation = targetOf(s, target);
      okapi.getOrDefault(s.id(), List.of()).forEach(f -> issues.add(issue(s, f)));
      for (TextCheck check : checks) {
        check.check(s.source(), translation).forEach(f -> issues.add(issue(s, f)));
      }
    }
    issues.sort(Comparator.comparingInt(QaIssue::position));
    return issues;
  }

  private static QaIssue issue(SegmentView segment, Finding finding) {
    return new QaIssue(
        segment.id(), segment.index(), finding.check(), finding.severity(), finding.message());
  }

  private static Content targetOf(SegmentView segment, Locale target) {
    return translation(segment, target).map(TranslationView::content).orElseThrow();
  }

  /** The segment's translation into {@code target}, unless there is none to check yet. */
  private static Optional<TranslationView> translation(SegmentView segment, Locale target) {
    return segment.translations().stream()
        .filter(t -> t.target().equals(target))
        .filter(t -> t.content() != null)
        .filter(t -> t.status() != Status.NEW || !t.content().isBlank())
        .findFirst();
  }
}
