package org.tarjuman.core.segment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.okapi.common.filters.InlineCodeFinder;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.okapi.OkapiContent;

/**
 * Protects e-mail addresses, URLs, @mentions and hashtags as placeholder codes, with Okapi's {@link
 * InlineCodeFinder}. Each code's data is the exact original text and its type says what it is:
 * {@value #EMAIL}, {@value #URL}, {@value #MENTION} or {@value #HASHTAG}.
 *
 * <p>The kinds are found in that order, each in the text the previous ones left, so an address is
 * never cut into a mention, nor a URL's {@code #fragment} into a hashtag. Codes already in the
 * content are kept as they are. Sentence punctuation after a URL or address ({@code . , ، : ; ! ? '
 * )} when the bracket is not the URL's own) stays text.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class TokenCodeFinder implements InlineCodeProtector {

  public static final String EMAIL = "email";
  public static final String URL = "url";
  public static final String MENTION = "mention";
  public static final String HASHTAG = "hashtag";

  /** Not part of a token when right before it: a letter, digit, mark or token character. */
  private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}\\p{M}_@./\\-])";

  /** A character of a URL's host, path, query or fragment, except round brackets. */
  private static final String URL_CHAR = "[\\p{L}\\p{N}\\p{M}\\-._~:/?#\\[\\]@!$&'*+,;=%]";

  /** The last character of a URL: not sentence punctuation; a bracket only if it is balanced. */
  private static final String URL_END = "[\\p{L}\\p{N}\\p{M}\\-_~/#@$&*+=%)]";

  /**
   * The rest of a URL after its start: URL characters with at most a few balanced pairs of round
   * brackets (wiki/Foo_(bar)), ending on a character that is not sentence punctuation. Written
   * without a repeated alternation, so that Java's regex engine does not recurse once per
   * character, and a URL of any length cannot overflow the stack.
   */
  private static final String URL_TAIL =
      URL_CHAR
          + "*(?:\\("
          + URL_CHAR
          + "*\\)"
          + URL_CHAR
          + "*){0,8}(?<="
          + URL_END
          + ")";

  /** Top-level domains accepted for a bare host such as pic.twitter.com or aljazeera.net. */
  private static final String TLDS =
      "com|net|org|edu|gov|mil|int|info|biz|name|pro|mobi|io|co|me|tv|ly|gl|ai|app|dev|news"
          + "|online|site|xyz|tech|media|live|blog|link|page|world|today|press|agency|global"
          + "|arab|ae|sa|eg|ma|dz|tn|qa|kw|bh|om|jo|lb|sy|iq|ps|sd|ye|mr|so|dj|km|il|tr|ir"
          + "|pk|af|uk|us|ca|au|nz|fr|de|es|it|pt|nl|be|ch|at|se|no|dk|fi|ie|pl|ru|ua|eu|cn|jp"
          + "|kr|in|id|my|sg|br|mx|ar|za|ng|ke";

  private static final String HOST_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?";

  /** Up to eight labels and a dot each: no real host has more. */
  private static final String HOST_LABELS = "(?:" + HOST_LABEL + "\\.){1,8}";

  static final String EMAIL_PATTERN =
      "(?<![\\p{L}\\p{N}\\p{M}._%+\\-])(?:(?i:mailto):)?"
          + "[A-Za-z0-9_%+\\-](?:[A-Za-z0-9._%+\\-]*[A-Za-z0-9_%+\\-])?"
          + "@"
          + HOST_LABELS
          + "[A-Za-z]{2,63}(?![\\p{L}\\p{N}\\p{M}_\\-])";

  static final String URL_WITH_SCHEME_PATTERN =
      "(?<![\\p{L}\\p{N}\\p{M}_])(?i:https?|ftp)://(?=[\\p{L}\\p{N}\\[])" + URL_TAIL;

  static final String URL_WWW_PATTERN =
      NOT_AFTER_WORD + "(?i:www)\\.(?=[\\p{L}\\p{N}])" + URL_TAIL;

  static final String URL_BARE_PATTERN =
      NOT_AFTER_WORD
          + HOST_LABELS
          + "(?i:"
          + TLDS
          + ")(?![\\p{L}\\p{N}\\p{M}_\\-])(?::[0-9]{1,5})?(?:/"
          + URL_TAIL
          + ")?";

  static final String MENTION_PATTERN =
      "(?<![\\p{L}\\p{N}\\p{M}_@.])@[\\p{L}\\p{N}_]"
          + "(?:[\\p{L}\\p{N}\\p{M}_.]*[\\p{L}\\p{N}\\p{M}_])?";

  static final String HASHTAG_PATTERN =
      "(?<![\\p{L}\\p{N}\\p{M}_&#])#(?=[\\p{N}\\p{M}_]*\\p{L})[\\p{L}\\p{N}\\p{M}_\\u200C\\u200D]+";

  private final List<Kind> kinds;

  public TokenCodeFinder() {
    kinds =
        List.of(
            new Kind(EMAIL, EMAIL_PATTERN),
            new Kind(URL, URL_WITH_SCHEME_PATTERN, URL_WWW_PATTERN, URL_BARE_PATTERN),
            new Kind(MENTION, MENTION_PATTERN),
            new Kind(HASHTAG, HASHTAG_PATTERN));
  }

  @Override
  public Content protect(Content content) {
    Objects.requireNonNull(content, "content");
    if (!mayHoldToken(content.coded())) {
      return content;
    }
    TextFragment fragment = OkapiContent.toFragment(content);
    // Okapi renumbers a fragment's codes when it adds one, so codes are told apart by identity.
    Map<Code, Integer> existing = new IdentityHashMap<>();
    List<Code> before = fragment.getCodes();
    for (int i = 0; i < before.size(); i++) {
      existing.put(before.get(i), i);
    }
    Map<Code, String> added = new IdentityHashMap<>();
    for (Kind kind : kinds) {
      kind.finder.process(fragment);
      for (Code code : fragment.getCodes()) {
        if (!existing.containsKey(code) && !added.containsKey(code)) {
          added.put(code, kind.type);
        }
      }
    }
    if (added.isEmpty()) {
      return content;
    }
    return rebuild(content, fragment, existing, added);
  }

  /**
   * The result as model content: the input's codes exactly as they were and at the same indices
   * (Okapi may rebalance a fragment's markers and ids), then the new placeholders in text order,
   * with ids above the existing ones.
   */
  private static Content rebuild(
      Content original,
      TextFragment fragment,
      Map<Code, Integer> existing,
      Map<Code, String> added) {
    char[] originalMarkers = new char[original.codes().size()];
    String originalCoded = original.coded();
    for (int i = 0; i + 1 < originalCoded.length(); i++) {
      if (Content.isMarker(originalCoded.charAt(i))) {
        originalMarkers[originalCoded.charAt(i + 1) - Content.INDEX_BASE] = originalCoded.charAt(i);
        i++;
      }
    }
    int nextId = 0;
    for (InlineCode code : original.codes()) {
      nextId = Math.max(nextId, code.id());
    }
    List<InlineCode> codes = new ArrayList<>(original.codes());
    List<Code> okapiCodes = fragment.getCodes();
    String okapiCoded = fragment.getCodedText();
    StringBuilder coded = new StringBuilder(okapiCoded.length());
    for (int i = 0; i < okapiCoded.length(); i++) {
      char c = okapiCoded.charAt(i);
      if (!Content.isMarker(c) || i + 1 >= okapiCoded.length()) {
        coded.append(c);
        continue;
      }
      Code code = okapiCodes.get(okapiCoded.charAt(++i) - Content.INDEX_BASE);
      Integer index = existing.get(code);
      if (index != null) {
        coded.append(originalMarkers[index]).append((char) (Content.INDEX_BASE + index));
      } else {
        coded.append(Content.PLACEHOLDER).append((char) (Content.INDEX_BASE + codes.size()));
        codes.add(
            new InlineCode(InlineCode.Kind.PLACEHOLDER, ++nextId, added.get(code), code.getData()));
      }
    }
    return new Content(coded.toString(), codes);
  }

  /** A cheap test that skips the regular expressions for most text without tokens. */
  private static boolean mayHoldToken(String coded) {
    return coded.indexOf('#') >= 0 || coded.indexOf('@') >= 0 || coded.indexOf('.') >= 0;
  }

  private static final class Kind {
    final String type;
    final InlineCodeFinder finder;

    Kind(String type, String... patterns) {
      this.type = type;
      this.finder = new InlineCodeFinder();
      for (String pattern : patterns) {
        finder.addRule(pattern);
      }
      finder.compile();
    }
  }
}
