package org.tarjuman.core.ingest;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Chooses the charset of text that has neither a byte order mark nor a declared charset, among the
 * candidates of ICU4J's statistical detector (Tika's copy, {@link CharsetDetector}).
 *
 * <p>ICU4J ranks its candidates by byte n-gram statistics per language. On a few words it can rank
 * windows-1256 and ISO-8859-6 the wrong way round (on 3 to 5 word extracts of the seed article it
 * did so for about one extract in twenty), and the two cannot be told apart by statistics alone
 * because most Arabic letters have the same byte values in both. They differ where it shows,
 * though: ISO-8859-6 leaves bytes {@code 0xDB–0xDF} unassigned, where windows-1256 has the common
 * letters غ ف ق ك, and windows-1256 has Latin letters (à â ç è é ê ë î ï) where ISO-8859-6 has ف ق
 * ك ل ن ه و ى ي. So the candidates are tried in ICU4J's order and the first is chosen whose
 * decoding of the head is <em>plausible</em>:
 *
 * <ol>
 *   <li>it decodes strictly: no malformed or unassigned byte;
 *   <li>it has no control character other than whitespace (C0, DEL, C1), which text never has and a
 *       wrong single-byte charset often produces;
 *   <li>no word mixes letters of two scripts, as mojibake does (Latin à or é inside Arabic words).
 * </ol>
 *
 * A candidate that passes the first two tests but not the third is kept in case no candidate passes
 * all three. Nothing here guesses a charset ICU4J did not offer, with one tie-break: when the head
 * is pure ASCII every ASCII-compatible candidate decodes it alike, and UTF-8 is tried first if
 * offered, because the rest of a file that starts in ASCII is far more often UTF-8 than a legacy
 * charset.
 */
final class Icu4jCharsetChooser {

  /** The charset to read the head with, or empty when no candidate gives plausible text. */
  Optional<Charset> choose(FileHead head, boolean markup) {
    CharsetDetector detector = new CharsetDetector();
    // For markup, ICU4J's input filter ignores the tags, which are ASCII whatever the charset.
    detector.enableInputFilter(markup);
    detector.setText(head.bytes());
    Charset fallback = null;
    for (Charset charset : candidates(detector.detectAll(), isAscii(head.bytes()))) {
      Plausibility plausibility = plausibility(head, charset);
      if (plausibility == Plausibility.PLAUSIBLE) {
        return Optional.of(charset);
      }
      if (plausibility == Plausibility.MIXED_SCRIPTS && fallback == null) {
        fallback = charset;
      }
    }
    return Optional.ofNullable(fallback);
  }

  /** ICU4J's candidates that Java supports, best first; UTF-8 first for an ASCII head. */
  private static List<Charset> candidates(CharsetMatch[] matches, boolean ascii) {
    List<Charset> candidates = new ArrayList<>(matches.length);
    for (CharsetMatch match : matches) {
      supported(match.getName()).filter(c -> !candidates.contains(c)).ifPresent(candidates::add);
    }
    if (ascii && candidates.remove(StandardCharsets.UTF_8)) {
      candidates.add(0, StandardCharsets.UTF_8);
    }
    return candidates;
  }

  private enum Plausibility {
    PLAUSIBLE,
    MIXED_SCRIPTS,
    NOT_TEXT
  }

  private static Plausibility plausibility(FileHead head, Charset charset) {
    String text;
    try {
      text = head.decodeStrictly(charset);
    } catch (CharacterCodingException e) {
      return Plausibility.NOT_TEXT;
    }
    if (text.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
      return Plausibility.NOT_TEXT;
    }
    return mixesScriptsInAWord(text) ? Plausibility.MIXED_SCRIPTS : Plausibility.PLAUSIBLE;
  }

  private static boolean mixesScriptsInAWord(String text) {
    Character.UnicodeScript wordScript = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c) && !isMark(c)) {
        wordScript = null;
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.COMMON
          || script == Character.UnicodeScript.INHERITED
          || script == Character.UnicodeScript.UNKNOWN) {
        continue;
      }
      if (wordScript != null && wordScript != script) {
        return true;
      }
      wordScript = script;
    }
    return false;
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Charset> supported(String name) {
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }
}
