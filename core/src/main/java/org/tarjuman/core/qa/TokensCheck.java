package org.tarjuman.core.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.QaSeverity;
import org.tarjuman.core.segment.InlineCodeProtector;
import org.tarjuman.core.segment.TokenCodeFinder;

/**
 * Hashtags, @mentions, URLs and e-mail addresses must reach the target exactly as in the source, in
 * any order: each one the source has and the target lacks is an issue, and so is each one the
 * target adds. Both sides are run through the same {@link InlineCodeProtector} the import uses, so
 * a token counts whether it is stored as an inline code or typed as plain text.
 */
final class TokensCheck implements TextCheck {

  /** Token type (as {@link TokenCodeFinder} names it) → check name and what to call it. */
  private static final Map<String, String[]> KINDS =
      Map.of(
          TokenCodeFinder.HASHTAG, new String[] {"hashtags", "hashtag"},
          TokenCodeFinder.MENTION, new String[] {"mentions", "mention"},
          TokenCodeFinder.URL, new String[] {"urls", "URL"},
          TokenCodeFinder.EMAIL, new String[] {"emails", "e-mail address"});

  private final InlineCodeProtector protector;

  TokensCheck(InlineCodeProtector protector) {
    this.protector = protector;
  }

  @Override
  public List<Finding> check(Content source, Content target) {
    Map<InlineCode, Integer> expected = tokens(protector.protect(source));
    Map<InlineCode, Integer> found = tokens(protector.protect(target));
    List<Finding> findings = new ArrayList<>();
    expected.forEach(
        (token, count) -> {
          if (count > found.getOrDefault(token, 0)) {
            findings.add(finding(token, QaSeverity.HIGH, "is missing from the target"));
          }
        });
    found.forEach(
        (token, count) -> {
          if (count > expected.getOrDefault(token, 0)) {
            findings.add(
                finding(token, QaSeverity.MEDIUM, "is in the target but not in the source"));
          }
        });
    return findings;
  }

  private static Finding finding(InlineCode token, QaSeverity severity, String what) {
    String[] kind = KINDS.get(token.type());
    return new Finding(kind[0], severity, "the " + kind[1] + " " + token.data() + " " + what);
  }

  /** The tokens by type and original text (kind and id set aside), with how often each occurs. */
  private static Map<InlineCode, Integer> tokens(Content content) {
    Map<InlineCode, Integer> tokens = new LinkedHashMap<>();
    for (InlineCode code : content.codes()) {
      if (KINDS.containsKey(code.type())) {
        InlineCode key = new InlineCode(InlineCode.Kind.PLACEHOLDER, 0, code.type(), code.data());
        tokens.merge(key, 1, Integer::sum);
      }
    }
    return tokens;
  }
}
