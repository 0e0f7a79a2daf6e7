package org.tarjuman.core.tm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised matching key ({@link org.tarjuman.core.text.ArabicNormaliser}) into the
 * tokens the fuzzy score counts: a word is a run of letters, digits and combining marks (so an
 * Arabic word with a clitic prefix is one token, as it is one word to a translator); every other
 * character except whitespace is a token of its own (punctuation, symbols). A word made of digits
 * only is a number. The key is already folded (digits, alef forms, case), so the tokeniser needs no
 * language knowledge.
 */
public final class Tokeniser {

  private Tokeniser() {}

  /** The tokens of a key, in order. */
  public static List<Token> tokens(String key) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < key.length()) {
      int cp = key.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i = next;
        continue;
      }
      if (!isWordChar(cp)) {
        tokens.add(new Token(key.substring(i, next), i, next, false));
        i = next;
        continue;
      }
      boolean digitsOnly = Character.isDigit(cp);
      while (next < key.length() && isWordChar(key.codePointAt(next))) {
        digitsOnly &= Character.isDigit(key.codePointAt(next));
        next += Character.charCount(key.codePointAt(next));
      }
      tokens.add(new Token(key.substring(i, next), i, next, digitsOnly));
      i = next;
    }
    return tokens;
  }

  private static boolean isWordChar(int cp) {
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || cp == '_';
  }
}
