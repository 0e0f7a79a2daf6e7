package org.tarjuman.core.align;

import java.util.ArrayList;
import java.util.List;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

/**
 * Turns the sentences a translation file gives for a segment into that segment's translation. A
 * stored translation carries the inline codes of its segment's source (see {@code
 * TranslationUpdate}), so each code of the translation file becomes the source's code with the same
 * kind, type and text, if the source has one not yet used (the same hashtag, mention, URL or
 * markup); otherwise a placeholder is kept as its text and markup is dropped, its text kept. Two
 * sentences are joined by one space.
 */
final class TargetContent {

  private TargetContent() {}

  static Content adopt(List<Content> sentences, Content source) {
    StringBuilder coded = new StringBuilder();
    List<InlineCode> codes = new ArrayList<>();
    boolean[] used = new boolean[source.codes().size()];
    for (Content sentence : sentences) {
      if (coded.length() > 0) {
        coded.append(' ');
      }
      append(sentence, source, used, coded, codes);
    }
    return new Content(coded.toString(), codes);
  }

  private static void append(
      Content sentence,
      Content source,
      boolean[] used,
      StringBuilder coded,
      List<InlineCode> codes) {
    String text = sentence.coded();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Content.isMarker(c) || i + 1 >= text.length()) {
        coded.append(c);
        continue;
      }
      InlineCode code = sentence.codes().get(text.charAt(++i) - Content.INDEX_BASE);
      int match = sourceCode(code, source, used);
      if (match >= 0) {
        used[match] = true;
        coded.append(c).append((char) (Content.INDEX_BASE + codes.size()));
        codes.add(source.codes().get(match));
      } else if (code.kind() == InlineCode.Kind.PLACEHOLDER) {
        coded.append(code.data());
      }
    }
  }

  private static int sourceCode(InlineCode code, Content source, boolean[] used) {
    List<InlineCode> candidates = source.codes();
    for (int j = 0; j < candidates.size(); j++) {
      InlineCode candidate = candidates.get(j);
      if (!used[j]
          && candidate.kind() == code.kind()
          && candidate.type().equals(code.type())
          && candidate.data().equals(code.data())) {
        return j;
      }
    }
    return -1;
  }
}
