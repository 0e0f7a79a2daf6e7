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

  /**
   * The issues of one segment's translation into {@code target}, as {@link #check(DocumentSummary,
   * List, Locale)} finds them: none when it has none, or when it is the empty half of a 2:1
   * alignment (the segment before it holds the sentence).
   *
   * @param following the segments after it in the document, in order (a few are enough): a 2:1
   *     alignment it starts is checked against the sources of both
   */
  public List<QaIssue> check(
      SegmentView segment, List<SegmentView> following, Locale source, Locale target) {
    if (translation(segment, target).isEmpty()) {
      return List.of();
    }
    List<SegmentView> run = new ArrayList<>(List.of(segment));
    following.stream().takeWhile(s -> translation(s, target).isPresent()).forEach(run::add);
    return issues(run, source, target).stream()
        .filter(i -> i.segmentId() == segment.id())
        .toList();
  }

  private List<QaIssue> issues(List<SegmentView> segments, Locale source, Locale target) {
    List<Checked> checked = checked(segments, target);
    List<CheckMateChecks.Unit> units = new ArrayList<>(checked.size());
    for (Checked c : checked) {
      units.add(new CheckMateChecks.Unit(c.segment().id(), c.source(), c.target()));
    }
    Map<Long, List<Finding>> okapi = checkMate.check(units, source, target);
    List<QaIssue> issues = new ArrayList<>();
    for (Checked c : checked) {
      okapi.getOrDefault(c.segment().id(), List.of()).forEach(f -> issues.add(issue(c.segment(), f)));
      for (TextCheck check : checks) {
        check.check(c.source(), c.target()).forEach(f -> issues.add(issue(c.segment(), f)));
      }
    }
    issues.sort(Comparator.comparingInt(QaIssue::position));
    return issues;
  }

  /** A translation as it is checked: the segment that holds it, the source it translates. */
  private record Checked(SegmentView segment, Content source, Content target) {}

  /**
   * The translations to check, in order. The sentence of a 2:1 alignment translates two segments
   * and is stored with the first ({@link TranslationView#joinedToPrevious}): it is checked against
   * both sources joined, and the second segment's empty half is never checked on its own.
   */
  private static List<Checked> checked(List<SegmentView> segments, Locale target) {
    List<Checked> checked = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      SegmentView head = segments.get(i);
      if (translation(head, target).map(TranslationView::joinedToPrevious).orElse(false)) {
        continue; // a half whose sentence's segment is not among these
      }
      List<Content> sources = new ArrayList<>(List.of(head.source()));
      while (i + 1 < segments.size() && joins(head, segments.get(i + 1), sources.size(), target)) {
        sources.add(segments.get(++i).source());
      }
      checked.add(new Checked(head, Content.joined(sources), targetOf(head, target)));
    }
    return checked;
  }

  /** Whether {@code next} is the {@code n}th segment of a 2:1 alignment that {@code head} starts. */
  private static boolean joins(SegmentView head, SegmentView next, int n, Locale target) {
    return next.index() == head.index() + n
        && next.unitIndex() == head.unitIndex()
        && translation(next, target).map(TranslationView::joinedToPrevious).orElse(false);
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
    return segment
        .translation(target)
        .filter(t -> t.content() != null)
        .filter(t -> t.status() != Status.NEW || !t.content().isBlank());
  }
}
