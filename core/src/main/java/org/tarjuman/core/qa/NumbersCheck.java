package org.tarjuman.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.QaSeverity;
import org.tarjuman.core.segment.InlineCodeProtector;

/**
 * The numbers of the source must all be in the target, and no other: compared by value, so that
 * Arabic-Indic ({@code ١٢}), Extended Arabic-Indic ({@code ۱۲}) and Latin ({@code 12}) digits are
 * the same number, as are the Arabic decimal and thousands separators ({@code ٫ ٬}) and their Latin
 * counterparts. Numbers inside hashtags, mentions and URLs are not numbers of the text: they are
 * protected as inline codes first and left out.
 */
final class NumbersCheck implements TextCheck {

  static final String NAME = "numbers";

  /** Digits of any script, with decimal or grouping separators between digits. */
  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,\u066B\u066C]\\p{Nd}+)*");

  private final InlineCodeProtector protector;

  NumbersCheck(InlineCodeProtector protector) {
    this.protector = protector;
  }

  @Override
  public List<Finding> check(Content source, Content target) {
    Map<String, Integer> expected = numbers(protector.protect(source).textOnly());
    Map<String, Integer> found = numbers(protector.protect(target).textOnly());
    List<Finding> findings = new ArrayList<>();
    expected.forEach(
        (number, count) -> {
          int missing = count - found.getOrDefault(number, 0);
          if (missing > 0) {
            findings.add(finding(number, missing, "missing from the target"));
          }
        });
    found.forEach(
        (number, count) -> {
          int extra = count - expected.getOrDefault(number, 0);
          if (extra > 0) {
            findings.add(finding(number, extra, "in the target but not in the source"));
          }
        });
    return findings;
  }

  private static Finding finding(String number, int times, String what) {
    String counted = times == 1 ? "" : " (" + times + " times)";
    return new Finding(NAME, QaSeverity.MEDIUM, "number " + number + counted + " " + what);
  }

  /** Each number's value as Latin digits, with how often it occurs. */
  static Map<String, Integer> numbers(String text) {
    Map<String, Integer> numbers = new TreeMap<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      numbers.merge(value(m.group()), 1, Integer::sum);
    }
    return numbers;
  }

  /**
   * A number written with Latin digits, without grouping separators and with {@code .} as the
   * decimal separator: {@code ١٬٠٠٠٫٥} and {@code 1,000.5} are both {@code 1000.5}. A comma
   * followed by exactly three digits groups thousands; any other comma is a decimal comma.
   */
  static String value(String number) {
    StringBuilder out = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (Character.isDigit(c)) {
        out.append((char) ('0' + Character.digit(c, 10)));
      } else if (isGrouping(number, i)) {
        continue;
      } else {
        out.append('.');
      }
    }
    return out.toString();
  }

  private static boolean isGrouping(String number, int i) {
    char c = number.charAt(i);
    if (c == '\u066C') {
      return true;
    }
    if (c != ',') {
      return false;
    }
    int digits = 0;
    int j = i + 1;
    while (j < number.length() && Character.isDigit(number.charAt(j))) {
      digits++;
      j++;
    }
    return digits == 3;
  }
}
