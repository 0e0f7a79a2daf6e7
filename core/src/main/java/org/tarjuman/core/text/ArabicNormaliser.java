package org.tarjuman.core.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

/**
 * The matching key of a text: two texts a reader of Arabic would call the same get the same key.
 * Segment keys, concordance queries and TM look-ups all go through it.
 *
 * <p>In order, per base character with its combining marks: Unicode NFC (so a letter followed by a
 * combining hamza becomes the precomposed letter); Lucene's {@link ArabicNormalizer} (hamza and
 * madda alef forms أ إ آ to bare alef ا, teh marbuta ة to heh ه, alef maqsura ى to yeh ي, tatweel
 * and the eight harakat removed); then what Lucene leaves out: every other Arabic combining mark
 * (superscript alef, Quranic annotation signs, stray hamza above or below), alef wasla ٱ to alef,
 * invisible format characters (bidi marks, soft hyphen, zero-width joiners) removed, Arabic-Indic
 * and Persian digits to ASCII digits, and lower case ({@link Locale#ROOT}). Whitespace runs become
 * one space, leading and trailing whitespace goes, and a space before closing punctuation (full
 * stop, comma, colon, semicolon, marks of exclamation and question, per cent, ellipsis, their
 * Arabic forms ، ؛ ؟ ٪, closing brackets and quotes) is dropped, so "نعم ؟" and "نعم؟" match.
 * Okapi inline-code markers (U+E101 to U+E103 with their index character, see {@link Content})
 * are removed.
 *
 * <p>Working per base character lets the result remember where each of its characters came from
 * ({@link NormalisedText}), which is how a concordance hit is highlighted in the original text.
 */
public final class ArabicNormaliser {

  private static final ArabicNormalizer LUCENE = new ArabicNormalizer();
  private static final String CLOSING_PUNCTUATION = ".,;:!?%…،؛؟٪۔";
  private static final char ALEF = '\u0627';
  private static final char ALEF_WASLA = '\u0671';
  private static final int DROP = -1;

  private ArabicNormaliser() {}

  /** The key of a text; a pure function. */
  public static String normalise(String text) {
    return tracked(text).text();
  }

  /**
   * The key of a segment's content, as stored for segments and TM units; see {@link
   * #tracked(Content)}.
   */
  public static String normalise(Content content) {
    return tracked(content).text();
  }

  /** The key of a text, with where each of its characters came from in {@code text}. */
  public static NormalisedText tracked(String text) {
    Run run = new Run(text.length());
    run.normalise(text);
    return run.result(/* toSource= */ null);
  }

  /**
   * The key of a segment's content: paired codes (markup such as {@code <b>}) are left out and
   * placeholders contribute their original text, so hashtags and URLs protected as codes stay
   * searchable. Positions refer to {@link Content#plainText()}.
   */
  public static NormalisedText tracked(Content content) {
    String coded = content.coded();
    StringBuilder searchable = new StringBuilder(coded.length());
    int[] toPlain = new int[coded.length() + 16];
    int plain = 0;
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (Content.isMarker(c) && i + 1 < coded.length()) {
        InlineCode code = content.codes().get(coded.charAt(++i) - Content.INDEX_BASE);
        boolean placeholder = code.kind() == InlineCode.Kind.PLACEHOLDER;
        for (int k = 0; k < code.data().length(); k++, plain++) {
          if (placeholder) {
            toPlain = put(toPlain, searchable.length(), plain);
            searchable.append(code.data().charAt(k));
          }
        }
      } else {
        toPlain = put(toPlain, searchable.length(), plain++);
        searchable.append(c);
      }
    }
    Run run = new Run(searchable.length());
    run.normalise(searchable.toString());
    return run.result(toPlain);
  }

  private static int[] put(int[] array, int index, int value) {
    int[] out = index < array.length ? array : Arrays.copyOf(array, array.length * 2 + 16);
    out[index] = value;
    return out;
  }

  /** One normalisation: the output so far, and the source range of each output character. */
  private static final class Run {
    private final StringBuilder out;
    private final char[] scratch = new char[1];
    private int[] starts;
    private int[] ends;
    private int spaceStart = -1;
    private int spaceEnd;

    Run(int capacity) {
      out = new StringBuilder(capacity);
      starts = new int[capacity + 1];
      ends = new int[capacity + 1];
    }

    void normalise(String s) {
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Content.isMarker(c)) {
          i = Math.min(s.length(), i + 2);
          continue;
        }
        int next = i + Character.charCount(s.codePointAt(i));
        if (isSpace(s.codePointAt(i))) {
          space(i, next);
        } else {
          while (next < s.length() && continuesCluster(s.codePointAt(next))) {
            next += Character.charCount(s.codePointAt(next));
          }
          cluster(s, i, next);
        }
        i = next;
      }
    }

    /** A base character and its combining marks, {@code s[start, end)}. */
    private void cluster(String s, int start, int end) {
      char c = s.charAt(start);
      if (end - start == 1 && (c < '\u0100' || (c >= '\u0600' && c < '\u0700'))) {
        // Fast path for the common case: these characters are already NFC, and lower-case
        // mapping is one char to one char.
        scratch[0] = c;
        if (LUCENE.normalize(scratch, 1) == 1) {
          int folded = fold(scratch[0]);
          if (folded != DROP) {
            emit(Character.toLowerCase((char) folded), start, end);
          }
        }
        return;
      }
      char[] chars =
          Normalizer.normalize(s.substring(start, end), Normalizer.Form.NFC).toCharArray();
      String luceneNormalised = new String(chars, 0, LUCENE.normalize(chars, chars.length));
      StringBuilder folded = new StringBuilder(luceneNormalised.length());
      luceneNormalised
          .codePoints()
          .map(ArabicNormaliser::fold)
          .filter(cp -> cp != DROP)
          .forEach(folded::appendCodePoint);
      String lower = folded.toString().toLowerCase(Locale.ROOT);
      for (int k = 0; k < lower.length(); k++) {
        emit(lower.charAt(k), start, end);
      }
    }

    private void space(int start, int end) {
      if (spaceStart < 0) {
        spaceStart = start;
      }
      spaceEnd = end;
    }

    private void emit(char c, int start, int end) {
      if (spaceStart >= 0) {
        if (out.length() > 0 && !closesPhrase(c)) {
          append(' ', spaceStart, spaceEnd);
        }
        spaceStart = -1;
      }
      append(c, start, end);
    }

    private void append(char c, int start, int end) {
      if (out.length() == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      starts[out.length()] = start;
      ends[out.length()] = end;
      out.append(c);
    }

    /** The result; {@code toSource}, when given, maps the input's positions to the caller's. */
    NormalisedText result(int[] toSource) {
      int n = out.length();
      int[] s = Arrays.copyOf(starts, n);
      int[] e = Arrays.copyOf(ends, n);
      if (toSource != null) {
        for (int k = 0; k < n; k++) {
          s[k] = toSource[s[k]];
          e[k] = toSource[e[k] - 1] + 1;
        }
      }
      return new NormalisedText(out.toString(), s, e);
    }
  }

  /** What Lucene's normaliser leaves: the code point to emit, or {@link #DROP}. */
  private static int fold(int cp) {
    if (cp >= '\u0660' && cp <= '\u0669') {
      return '0' + (cp - '\u0660');
    }
    if (cp >= '\u06F0' && cp <= '\u06F9') {
      return '0' + (cp - '\u06F0');
    }
    if (cp == ALEF_WASLA) {
      return ALEF;
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT || (type == Character.NON_SPACING_MARK && isArabicBlock(cp))) {
      return DROP;
    }
    return cp;
  }

  private static boolean isArabicBlock(int cp) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.ARABIC
        || block == Character.UnicodeBlock.ARABIC_SUPPLEMENT
        || block == Character.UnicodeBlock.ARABIC_EXTENDED_A;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** Combining marks, and Hangul vowel and final jamo, which NFC composes with what precedes. */
  private static boolean continuesCluster(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (cp >= 0x1160 && cp <= 0x11FF);
  }

  private static boolean closesPhrase(char c) {
    int type = Character.getType(c);
    return CLOSING_PUNCTUATION.indexOf(c) >= 0
        || type == Character.END_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION;
  }
}
