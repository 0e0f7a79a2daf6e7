package org.tarjuman.xliff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.xliff.model.ContentBuilder;

/**
 * Compares contents the way an import must (inline codes as XLIFF 1.2 §ph and XLIFF 2.1 §4.2.3
 * define them): sources by text and code sequence, targets by the inline codes they carry.
 *
 * <p>Two sources are the same when, after Unicode NFC normalisation and white-space collapsing,
 * their text is equal and their codes come in the same order with the same kind and id. The codes'
 * original text is not compared: the stored one is used anyway. A target must carry each of the
 * source's codes exactly once, in any order (XLIFF 1.2 §ph and the other inline elements, XLIFF 2.1
 * §4.2.3 let translators move codes).
 */
final class CodeDiff {

  private CodeDiff() {}

  /** Whether a returned source is the stored source. */
  static boolean sameSource(Content returned, Content stored) {
    return identical(returned, stored)
        || canonical(returned, /* normalise= */ true).equals(canonical(stored, true));
  }

  /** Whether two targets are the same, codes compared by kind and id. */
  static boolean sameTarget(Content a, Content b) {
    return identical(a, b) || canonical(a, /* normalise= */ false).equals(canonical(b, false));
  }

  /**
   * Whether two contents have the same coded text and codes of the same ids at each index: then
   * their canonical forms are equal too, without building them (the usual case of a source the
   * translator left alone).
   */
  private static boolean identical(Content a, Content b) {
    if (a.codes().size() != b.codes().size() || !a.coded().equals(b.coded())) {
      return false;
    }
    for (int i = 0; i < a.codes().size(); i++) {
      if (a.codes().get(i).id() != b.codes().get(i).id()) {
        return false;
      }
    }
    return true;
  }

  /** The source's codes that the target lacks. */
  static List<InlineCode> missing(Content target, Content source) {
    Map<String, Integer> inTarget = counts(target);
    List<InlineCode> out = new ArrayList<>();
    for (InlineCode code : source.codes()) {
      if (inTarget.merge(key(code), -1, Integer::sum) < 0) {
        out.add(code);
      }
    }
    return out;
  }

  /** The target's codes that the source lacks, or that come more often than in the source. */
  static List<InlineCode> extra(Content target, Content source) {
    Map<String, Integer> inSource = counts(source);
    List<InlineCode> out = new ArrayList<>();
    for (InlineCode code : target.codes()) {
      if (inSource.merge(key(code), -1, Integer::sum) < 0) {
        out.add(code);
      }
    }
    return out;
  }

  /** The target with each code replaced by the stored source's code of the same kind and id. */
  static Content withStoredCodes(Content target, Content source) {
    ContentBuilder out = new ContentBuilder();
    String coded = target.coded();
    int start = 0;
    for (int i = 0; i < coded.length(); i++) {
      if (Content.isMarker(coded.charAt(i)) && i + 1 < coded.length()) {
        out.appendText(coded.substring(start, i));
        InlineCode code = target.codes().get(coded.charAt(i + 1) - Content.INDEX_BASE);
        out.appendCode(storedCode(code, source).orElse(code));
        i++;
        start = i + 1;
      }
    }
    out.appendText(coded.substring(start));
    return out.build(/* preserveWhitespace= */ true);
  }

  /** A code as reports show it: {@code 1 (#hashtag)}. */
  static String describe(InlineCode code) {
    String id = code.id() < 0 ? "with an unknown id" : Integer.toString(code.id());
    return code.data().isEmpty() ? id : id + " (" + code.data() + ")";
  }

  private static Optional<InlineCode> storedCode(InlineCode code, Content source) {
    return source.codes().stream()
        .filter(c -> c.kind() == code.kind() && c.id() == code.id())
        .findFirst();
  }

  private static Map<String, Integer> counts(Content content) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (InlineCode code : content.codes()) {
      counts.merge(key(code), 1, Integer::sum);
    }
    return counts;
  }

  private static String key(InlineCode code) {
    return code.kind().name() + ":" + code.id();
  }

  private static String canonical(Content content, boolean normalise) {
    StringBuilder out = new StringBuilder(content.coded().length() + 8);
    String coded = content.coded();
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (Content.isMarker(c) && i + 1 < coded.length()) {
        InlineCode code = content.codes().get(coded.charAt(++i) - Content.INDEX_BASE);
        out.append(c).append(code.id()).append(c);
      } else {
        out.append(c);
      }
    }
    if (!normalise) {
      return out.toString();
    }
    String nfc = Normalizer.normalize(out, Normalizer.Form.NFC);
    return new ContentBuilder().appendText(nfc).build(/* preserveWhitespace= */ false).coded();
  }
}
