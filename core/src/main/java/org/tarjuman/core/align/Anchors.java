package org.tarjuman.core.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

/**
 * The tokens of a text that a translation keeps, which tie a sentence to its translation whatever
 * the languages: the anchors of the aligner's cost model.
 *
 * <ul>
 *   <li><b>strong</b>, counted: numbers in any script's digits, compared by value ({@code ٢٠٢٢}
 *       equals {@code 2022}), and the protected tokens the import pipeline makes inline codes of
 *       (hashtags, @mentions, URLs, e-mail addresses), compared case-insensitively;
 *   <li><b>names</b>: Latin-script words of two letters or more that start with a capital, such as
 *       a name written in Latin letters inside Arabic text;
 *   <li><b>punctuation</b>: whether the text asks ({@code ?} {@code ؟}), exclaims, has a colon or
 *       quotes anything ({@code “ ” « » " „ ″}), whatever the script's marks.
 * </ul>
 *
 * @param strong the strong anchors with how often each occurs
 * @param names the Latin-script names, lower-cased
 * @param punctuation the punctuation anchors present: {@code ?}, {@code !}, {@code :}, {@code "}
 */
record Anchors(Map<String, Integer> strong, Set<String> names, Set<String> punctuation) {

  static final Anchors NONE = new Anchors(Map.of(), Set.of(), Set.of());

  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");
  private static final Pattern LATIN_NAME = Pattern.compile("\\b(?=\\p{Lu})\\p{IsLatin}{2,}");

  Anchors {
    strong = Map.copyOf(strong);
    names = Set.copyOf(names);
    punctuation = Set.copyOf(punctuation);
  }

  /** The anchors of a segment or sentence. */
  static Anchors of(Content content) {
    Map<String, Integer> strong = new HashMap<>();
    for (InlineCode code : content.codes()) {
      if (code.kind() == InlineCode.Kind.PLACEHOLDER && !code.data().isBlank()) {
        strong.merge(code.type() + ":" + code.data().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    String text = content.textOnly();
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      strong.merge("#" + digitValue(number.group()), 1, Integer::sum);
    }
    Set<String> names = new HashSet<>();
    Matcher name = LATIN_NAME.matcher(text);
    while (name.find()) {
      names.add(name.group().toLowerCase(Locale.ROOT));
    }
    return new Anchors(strong, names, punctuation(text));
  }

  /** The anchors of two texts taken together, as in a bead of two sentences. */
  Anchors plus(Anchors other) {
    Map<String, Integer> sum = new HashMap<>(strong);
    other.strong.forEach((k, v) -> sum.merge(k, v, Integer::sum));
    Set<String> allNames = new HashSet<>(names);
    allNames.addAll(other.names);
    Set<String> allMarks = new HashSet<>(punctuation);
    allMarks.addAll(other.punctuation);
    return new Anchors(sum, allNames, allMarks);
  }

  /** How the anchors of a source compare with those of its supposed translation. */
  AnchorAgreement compare(Anchors target) {
    int matched = 0;
    int unmatched = 0;
    Set<String> keys = new HashSet<>(strong.keySet());
    keys.addAll(target.strong.keySet());
    for (String key : keys) {
      int here = strong.getOrDefault(key, 0);
      int there = target.strong.getOrDefault(key, 0);
      matched += Math.min(here, there);
      unmatched += Math.abs(here - there);
    }
    Set<String> sharedNames = new HashSet<>(names);
    sharedNames.retainAll(target.names);
    Set<String> sharedMarks = new HashSet<>(punctuation);
    sharedMarks.retainAll(target.punctuation);
    int missingMarks = punctuation.size() + target.punctuation.size() - 2 * sharedMarks.size();
    return new AnchorAgreement(
        matched, unmatched, sharedNames.size(), sharedMarks.size(), missingMarks);
  }

  private static String digitValue(String digits) {
    StringBuilder out = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      out.append((char) ('0' + Character.digit(digits.charAt(i), 10)));
    }
    return out.toString();
  }

  private static Set<String> punctuation(String text) {
    Set<String> marks = new HashSet<>();
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '?', '؟', '¿' -> marks.add("?");
        case '!', '¡' -> marks.add("!");
        case ':' -> marks.add(":");
        case '“', '”', '«', '»', '"', '„', '″', '‹', '›' -> marks.add("\"");
        default -> {}
      }
    }
    return marks;
  }
}
