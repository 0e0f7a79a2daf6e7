package org.tarjuman.core.workbench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.segment.InlineCodeProtector;

/**
 * Turns a translation typed by hand into a target whose inline codes are its segment's source
 * codes, the way {@code TranslationUpdate} stores it.
 *
 * <p>The typed text is first given inline codes the way {@code tm lookup} gives them (hashtags,
 * {@code @mentions}, URLs and e-mail addresses become codes); each such code is matched to an
 * unused source code with the same original text. A source code that is still unmatched (an HTML
 * tag, say) may be typed literally: its original text is then looked for in the typed text. Every
 * source code must be used once and every typed code must be a source code; otherwise the input
 * is rejected, naming what is missing or extra. Codes may move, as translations reorder words.
 */
final class TypedTarget {

  private final InlineCodeProtector codeFinder;

  TypedTarget(InlineCodeProtector codeFinder) {
    this.codeFinder = codeFinder;
  }

  /**
   * The typed text as a target for {@code source}.
   *
   * @throws InvalidInputException when the text is blank or its codes differ from the source's
   */
  Content target(Content source, String typed) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidInputException("the translation is empty; give the text after the options");
    }
    Content protectedText = codeFinder.protect(Content.ofText(typed.strip()));
    List<InlineCode> codes = source.codes();
    BitSet used = new BitSet(codes.size());
    List<String> extra = new ArrayList<>();
    StringBuilder coded = new StringBuilder();
    String text = protectedText.coded();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Content.isMarker(c)) {
        coded.append(c);
        continue;
      }
      String data = protectedText.codes().get(text.charAt(++i) - Content.INDEX_BASE).data();
      int match = unused(codes, used, data);
      if (match < 0) {
        extra.add(data);
        coded.append(data);
      } else {
        used.set(match);
        appendCode(coded, codes.get(match), match);
      }
    }
    String withLiterals = literalCodes(coded.toString(), codes, used);
    List<String> missing = new ArrayList<>();
    for (int i = used.nextClearBit(0); i < codes.size(); i = used.nextClearBit(i + 1)) {
      missing.add(codes.get(i).data());
    }
    if (!missing.isEmpty() || !extra.isEmpty()) {
      throw new InvalidInputException(mismatch(missing, extra));
    }
    return new Content(withLiterals, codes);
  }

  /** Finds the original text of each still unused code in the text and puts the code there. */
  private static String literalCodes(String coded, List<InlineCode> codes, BitSet used) {
    String result = coded;
    for (int i = used.nextClearBit(0); i < codes.size(); i = used.nextClearBit(i + 1)) {
      String data = codes.get(i).data();
      int at = data.isEmpty() ? -1 : result.indexOf(data);
      if (at >= 0) {
        StringBuilder code = new StringBuilder();
        appendCode(code, codes.get(i), i);
        result = result.substring(0, at) + code + result.substring(at + data.length());
        used.set(i);
      }
    }
    return result;
  }

  private static int unused(List<InlineCode> codes, BitSet used, String data) {
    for (int i = 0; i < codes.size(); i++) {
      if (!used.get(i) && codes.get(i).data().equals(data)) {
        return i;
      }
    }
    return -1;
  }

  private static void appendCode(StringBuilder out, InlineCode code, int index) {
    char marker =
        switch (code.kind()) {
          case OPENING -> Content.OPENING;
          case CLOSING -> Content.CLOSING;
          case PLACEHOLDER -> Content.PLACEHOLDER;
        };
    out.append(marker).append((char) (Content.INDEX_BASE + index));
  }

  private static String mismatch(List<String> missing, List<String> extra) {
    StringBuilder message = new StringBuilder("the translation's inline codes differ from the source's:");
    if (!missing.isEmpty()) {
      message.append(" missing ").append(String.join(", ", missing));
    }
    if (!extra.isEmpty()) {
      message.append(missing.isEmpty() ? "" : ";").append(" extra ").append(String.join(", ", extra));
    }
    return message.append(" (keep each code of the source once; `segment ID` lists them)").toString();
  }
}
