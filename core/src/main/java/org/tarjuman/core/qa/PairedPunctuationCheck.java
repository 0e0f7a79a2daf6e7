package org.tarjuman.core.qa;

import java.util.ArrayList;
import java.util.List;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.QaSeverity;
import org.tarjuman.core.segment.InlineCodeProtector;

/**
 * Quotes and brackets must be balanced in the target as they are in the source. Each family is
 * counted apart: round {@code ( )} (with the Arabic ornate {@code ﴾ ﴿}), square {@code [ ]}, curly
 * {@code { }}, double quotes (Arabic guillemets {@code « »} and curly {@code “ ”} together, since a
 * translation into English turns one into the other) and straight {@code "}.
 *
 * <p>A segment may start or end inside a quotation, because the segmenter splits sentences within
 * it; then the source is unbalanced too. So the target is compared with its source: an issue is
 * reported only when the target's imbalance differs from the source's. Text inside inline codes (a
 * URL's brackets) is left out.
 */
final class PairedPunctuationCheck implements TextCheck {

  /** A family of paired characters: openers, closers, name and check. */
  private record Family(String openers, String closers, String name, String check) {}

  private static final List<Family> FAMILIES =
      List.of(
          new Family("(\uFD3F", ")\uFD3E", "round brackets ( )", "brackets"),
          new Family("[", "]", "square brackets [ ]", "brackets"),
          new Family("{", "}", "curly brackets { }", "brackets"),
          new Family("«“", "»”", "quotes « » “ ”", "quotes"));

  private final InlineCodeProtector protector;

  PairedPunctuationCheck(InlineCodeProtector protector) {
    this.protector = protector;
  }

  @Override
  public List<Finding> check(Content source, Content target) {
    String sourceText = protector.protect(source).textOnly();
    String targetText = protector.protect(target).textOnly();
    List<Finding> findings = new ArrayList<>();
    for (Family family : FAMILIES) {
      Balance expected = balance(sourceText, family);
      Balance found = balance(targetText, family);
      if (!found.equals(expected) && !found.isBalanced()) {
        findings.add(
            new Finding(family.check(), QaSeverity.MEDIUM, message(family, found, expected)));
      }
    }
    if (straightQuotes(targetText) % 2 != straightQuotes(sourceText) % 2) {
      findings.add(
          new Finding(
              "quotes",
              QaSeverity.MEDIUM,
              "the target has an odd number of straight quotes \" and the source does not"));
    }
    return findings;
  }

  private static String message(Family family, Balance found, Balance expected) {
    StringBuilder out =
        new StringBuilder("unbalanced ").append(family.name()).append(" in the target:");
    if (found.unclosed() > 0) {
      out.append(' ').append(found.unclosed()).append(" not closed");
    }
    if (found.unopened() > 0) {
      out.append(found.unclosed() > 0 ? "," : "").append(' ').append(found.unopened());
      out.append(" closed without being opened");
    }
    return out.append(expected.isBalanced() ? " (balanced in the source)" : " (unlike the source)")
        .toString();
  }

  /** How many of a family's openers are never closed, and how many closers close nothing. */
  record Balance(int unclosed, int unopened) {
    boolean isBalanced() {
      return unclosed == 0 && unopened == 0;
    }
  }

  static Balance balance(String text, Family family) {
    int open = 0;
    int unopened = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (family.openers().indexOf(c) >= 0) {
        open++;
      } else if (family.closers().indexOf(c) >= 0) {
        if (open > 0) {
          open--;
        } else {
          unopened++;
        }
      }
    }
    return new Balance(open, unopened);
  }

  private static int straightQuotes(String text) {
    return (int) text.chars().filter(c -> c == '"').count();
  }
}
