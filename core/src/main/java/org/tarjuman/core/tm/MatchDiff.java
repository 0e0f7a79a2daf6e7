package org.tarjuman.core.tm;

import java.util.ArrayList;
import java.util.List;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.DiffPart;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.text.NormalisedText;

/**
 * What differs between a query and a TM match's source, token by token, shown in the texts as
 * written.
 *
 * <p>Both texts are normalised and tokenised as for the {@link FuzzyScore}; a minimum-cost
 * Levenshtein alignment of the two token sequences (a full table with back-trace; on ties a kept
 * token is preferred, then a substitution) says which tokens are the same, which are only in the
 * match ({@link DiffPart.Kind#ADDED}) and which only in the query ({@link DiffPart.Kind#MISSING});
 * a substituted token is both. Each token is then mapped back to the characters it came from
 * ({@link NormalisedText}), so a difference in diacritics alone is no difference, while the pieces
 * show the original spelling. Adjacent pieces of one kind are joined.
 */
public final class MatchDiff {

  private MatchDiff() {}

  /** The match's source in pieces: the same as the query, added, or missing from it. */
  public static List<DiffPart> diff(Content query, Content matchSource) {
    Side q = new Side(query);
    Side m = new Side(matchSource);
    int[][] cost = table(q.tokens, m.tokens);
    List<DiffPart> reversed = new ArrayList<>();
    int i = q.tokens.size();
    int j = m.tokens.size();
    while (i > 0 || j > 0) {
      boolean same =
          i > 0 && j > 0 && q.tokens.get(i - 1).text().equals(m.tokens.get(j - 1).text());
      if (same && cost[i][j] == cost[i - 1][j - 1]) {
        reversed.add(new DiffPart(DiffPart.Kind.SAME, m.piece(--j)));
        i--;
      } else if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + 1) {
        reversed.add(new DiffPart(DiffPart.Kind.ADDED, m.piece(--j)));
        reversed.add(new DiffPart(DiffPart.Kind.MISSING, q.piece(--i)));
      } else if (j > 0 && cost[i][j] == cost[i][j - 1] + 1) {
        reversed.add(new DiffPart(DiffPart.Kind.ADDED, m.piece(--j)));
      } else {
        reversed.add(new DiffPart(DiffPart.Kind.MISSING, q.piece(--i)));
      }
    }
    List<DiffPart> parts = new ArrayList<>();
    for (int k = reversed.size() - 1; k >= 0; k--) {
      append(parts, reversed.get(k));
    }
    String tail = m.tail();
    if (!tail.isEmpty()) {
      append(parts, new DiffPart(DiffPart.Kind.SAME, tail));
    }
    return parts;
  }

  private static int[][] table(List<Token> a, List<Token> b) {
    int[][] cost = new int[a.size() + 1][b.size() + 1];
    for (int i = 0; i <= a.size(); i++) {
      for (int j = 0; j <= b.size(); j++) {
        if (i == 0 || j == 0) {
          cost[i][j] = i + j;
        } else {
          int keep = a.get(i - 1).text().equals(b.get(j - 1).text()) ? 0 : 1;
          cost[i][j] =
              Math.min(cost[i - 1][j - 1] + keep, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
        }
      }
    }
    return cost;
  }

  private static void append(List<DiffPart> parts, DiffPart part) {
    int last = parts.size() - 1;
    if (last >= 0 && parts.get(last).kind() == part.kind()) {
      parts.set(last, new DiffPart(part.kind(), parts.get(last).text() + part.text()));
    } else {
      parts.add(part);
    }
  }

  /** One text: its plain form, normalised form and tokens. */
  private static final class Side {
    private final String plain;
    private final NormalisedText normalised;
    private final List<Token> tokens;

    Side(Content content) {
      plain = content.plainText();
      normalised = ArabicNormaliser.tracked(content);
      tokens = Tokeniser.tokens(normalised.text());
    }

    /** Token {@code k} as written, with the text between it and the token before. */
    String piece(int k) {
      int from = k == 0 ? 0 : end(k - 1);
      return plain.substring(from, end(k));
    }

    /** What follows the last token (closing codes, trailing spaces). */
    String tail() {
      return tokens.isEmpty() ? plain : plain.substring(end(tokens.size() - 1));
    }

    private int end(int k) {
      Token token = tokens.get(k);
      return normalised.sourceRange(token.start(), token.end()).end();
    }
  }
}
