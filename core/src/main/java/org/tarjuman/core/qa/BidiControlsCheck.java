package org.tarjuman.core.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.QaSeverity;

/**
 * Reports the Unicode bidi control characters (UAX #9 §2: the marks LRM, RLM and ALM, the
 * embeddings and overrides LRE…PDF, the isolates LRI…PDI) in a segment's source and target, with
 * their positions, and never removes them. They are invisible, so a translator cannot see that a
 * copied text carries one. Marks are low severity; embeddings and isolates medium; overrides, which
 * reorder the letters they cover, and embeddings or isolates that are never terminated (their
 * direction leaks into the following text) are high.
 */
final class BidiControlsCheck implements TextCheck {

  static final String NAME = "bidi-controls";

  @Override
  public List<Finding> check(Content source, Content target) {
    List<Finding> findings = new ArrayList<>();
    report("source", source.plainText(), findings);
    report("target", target.plainText(), findings);
    return findings;
  }

  private static void report(String side, String text, List<Finding> findings) {
    Map<Integer, List<Integer>> positions = new LinkedHashMap<>();
    int index = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      index++;
      if (isBidiControl(cp)) {
        positions.computeIfAbsent(cp, k -> new ArrayList<>()).add(index);
      }
      i += Character.charCount(cp);
    }
    positions.forEach(
        (cp, at) -> findings.add(new Finding(NAME, severity(cp), describe(side, cp, at))));
    int unterminated = unterminated(text);
    if (unterminated > 0) {
      findings.add(
          new Finding(
              NAME,
              QaSeverity.HIGH,
              "the "
                  + side
                  + " has "
                  + unterminated
                  + " embedding, override or isolate never terminated (PDF U+202C or PDI U+2069)"));
    }
  }

  private static String describe(String side, int cp, List<Integer> at) {
    String name = String.format(Locale.ROOT, "U+%04X %s", cp, Character.getName(cp));
    String times = at.size() == 1 ? "" : at.size() + " × ";
    String where = at.size() == 1 ? "at character " : "at characters ";
    return "the "
        + side
        + " has "
        + times
        + name
        + " "
        + where
        + join(at)
        + "; it is kept as it is";
  }

  private static String join(List<Integer> at) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < at.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(at.get(i));
    }
    return out.toString();
  }

  static boolean isBidiControl(int cp) {
    return cp == 0x200E
        || cp == 0x200F
        || cp == 0x061C
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static QaSeverity severity(int cp) {
    if (cp == 0x202D || cp == 0x202E) {
      return QaSeverity.HIGH;
    }
    return cp == 0x200E || cp == 0x200F || cp == 0x061C ? QaSeverity.LOW : QaSeverity.MEDIUM;
  }

  /** How many embeddings, overrides and isolates are open at the end of the text. */
  static int unterminated(String text) {
    int embeddings = 0;
    int isolates = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u202A' && c <= '\u202E' && c != '\u202C') {
        embeddings++;
      } else if (c == '\u202C' && embeddings > 0) {
        embeddings--;
      } else if (c >= '\u2066' && c <= '\u2068') {
        isolates++;
      } else if (c == '\u2069' && isolates > 0) {
        isolates--;
      }
    }
    return embeddings + isolates;
  }
}
