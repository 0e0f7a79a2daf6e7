package org.tarjuman.core.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.IssueType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.QualityCheckSession;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.QaSeverity;
import org.tarjuman.core.okapi.OkapiContent;

/**
 * The adapter to Okapi CheckMate ({@code okapi-lib-verification}): each translated segment becomes
 * one text unit, whose id is the segment's id, and a {@link QualityCheckSession} runs these of its
 * checks over them: empty target, target same as source, leading and trailing whitespace, doubled
 * words, inline code differences and the length ratio of target to source (CheckMate's default
 * bounds). Its pattern, character-set, terminology and XLIFF-schema checks are off: Tarjuman's own
 * checks cover numbers, tokens and paired punctuation, with messages that know Arabic.
 *
 * <p>Hashtags, mentions, URLs and e-mail addresses are inline codes in the store, but {@link
 * TokensCheck} reports them by name, so CheckMate's code check ignores those code types.
 */
final class CheckMateChecks {

  /** One segment to check: its id, source and target. */
  record Unit(long segmentId, Content source, Content target) {}

  private static final String IGNORED_CODE_TYPES = "mrk;x-df-s;hashtag;mention;url;email;";

  /** The findings per segment id, for the segments that have any. */
  Map<Long, List<Finding>> check(List<Unit> units, Locale source, Locale target) {
    LocaleId sourceLocale = LocaleId.fromBCP47(source.toLanguageTag());
    LocaleId targetLocale = LocaleId.fromBCP47(target.toLanguageTag());
    QualityCheckSession session = new QualityCheckSession();
    configure(session.getParameters());
    session.startProcess(sourceLocale, targetLocale);
    StartDocument start = new StartDocument("tarjuman-qa");
    start.setName("tarjuman-qa");
    start.setLocale(sourceLocale);
    start.setMultilingual(true);
    session.processStartDocument(start, null);
    for (Unit unit : units) {
      session.processTextUnit(textUnit(unit, targetLocale));
    }
    Map<Long, List<Finding>> findings = new LinkedHashMap<>();
    for (Issue issue : session.getIssues()) {
      findings
          .computeIfAbsent(Long.parseLong(issue.getTuId()), id -> new ArrayList<>())
          .add(new Finding(checkName(issue), severity(issue), issue.getMessage()));
    }
    return findings;
  }

  private static void configure(Parameters p) {
    p.setEmptyTarget(true);
    p.setEmptySource(false);
    p.setTargetSameAsSource(true);
    p.setLeadingWS(true);
    p.setTrailingWS(true);
    p.setDoubledWord(true);
    p.setCodeDifference(true);
    p.setTypesToIgnore(IGNORED_CODE_TYPES);
    p.setCheckMaxCharLength(true);
    p.setCheckMinCharLength(true);
    p.setCheckPatterns(false);
    p.setCheckXliffSchema(false);
    p.setCheckAllowedCharacters(false);
    p.setCheckCharacters(false);
    p.setCorruptedCharacters(false);
    p.setCheckStorageSize(false);
    p.setCheckAbsoluteMaxCharLength(false);
    p.setCheckTerms(false);
    p.setCheckBlacklist(false);
    p.setCheckWithLT(false);
  }

  private static ITextUnit textUnit(Unit unit, LocaleId target) {
    TextUnit tu = new TextUnit(String.valueOf(unit.segmentId()));
    tu.setSourceContent(OkapiContent.toFragment(unit.source()));
    tu.setTargetContent(target, OkapiContent.toFragment(unit.target()));
    return tu;
  }

  private static String checkName(Issue issue) {
    IssueType type = issue.getIssueType();
    return switch (type) {
      case EMPTY_TARGETSEG, MISSING_TARGETSEG, MISSING_TARGETTU -> "empty-target";
      case TARGET_SAME_AS_SOURCE -> "same-as-source";
      case MISSING_LEADINGWS, MISSINGORDIFF_LEADINGWS, EXTRA_LEADINGWS, EXTRAORDIFF_LEADINGWS ->
          "leading-whitespace";
      case MISSING_TRAILINGWS, MISSINGORDIFF_TRAILINGWS, EXTRA_TRAILINGWS, EXTRAORDIFF_TRAILINGWS ->
          "trailing-whitespace";
      case MISSING_CODE, EXTRA_CODE, SUSPECT_CODE -> "inline-codes";
      case TARGET_LENGTH -> "length";
      case SUSPECT_PATTERN ->
          issue.getMessage().startsWith("Double word") ? "doubled-word" : "pattern";
      default -> type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    };
  }

  private static QaSeverity severity(Issue issue) {
    return switch (issue.getDisplaySeverity()) {
      case Issue.DISPSEVERITY_HIGH -> QaSeverity.HIGH;
      case Issue.DISPSEVERITY_MEDIUM -> QaSeverity.MEDIUM;
      default -> QaSeverity.LOW;
    };
  }
}
