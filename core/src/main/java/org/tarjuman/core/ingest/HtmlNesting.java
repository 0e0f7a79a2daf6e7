package org.tarjuman.core.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Finds where an HTML document's elements nest deeper than a limit, reading it once as a stream of
 * characters and keeping only the stack of open elements. Okapi's HTML filter takes time that grows
 * with the square of the nesting (a million nested {@code <div>} elements keep it busy for more than
 * ten minutes), so {@link InputLimits} refuses such a document first.
 *
 * <p>The nesting follows the tags as a lenient parser would (HTML Living Standard §13.2): void
 * elements ({@code <br>}, {@code <img>} …) and self-closed tags open nothing; a {@code <p>}, {@code
 * <li>}, {@code <td>} and the like closes an open sibling of its kind when only elements with
 * optional end tags are open inside that sibling;
 * an end tag closes its element and everything opened inside it, and is ignored when no such
 * element is open; comments, declarations and the text of {@code <script>} and {@code <style>} are
 * skipped.
 */
final class HtmlNesting {

  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
          "source", "track", "wbr", "keygen", "command", "basefont", "frame");
  private static final Set<String> CLOSES_SIBLING =
      Set.of("p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rp", "rt");
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");

  private final Reader in;
  private final Deque<String> open = new ArrayDeque<>();
  private final Map<String, Integer> openCounts = new HashMap<>();
  private long line = 1;
  private int pushedBack = -1;

  private HtmlNesting(Reader in) {
    this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
  }

  /** The line where the elements first nest deeper than {@code maxDepth}, or empty if never. */
  static OptionalLong lineBeyond(Reader html, int maxDepth) throws IOException {
    return new HtmlNesting(html).scan(maxDepth);
  }

  private OptionalLong scan(int maxDepth) throws IOException {
    for (int c = read(); c >= 0; c = read()) {
      if (c != '<') {
        continue;
      }
      int next = read();
      if (next == '/') {
        close(name(read()));
      } else if (next == '!' || next == '?') {
        skipDeclaration(next);
      } else if (Character.isLetter(next)) {
        String name = name(next);
        if (openTag(name) && open.size() > maxDepth) {
          return OptionalLong.of(line);
        }
      }
    }
    return OptionalLong.empty();
  }

  /** Reads the rest of a start tag; whether it opened an element. */
  private boolean openTag(String name) throws IOException {
    boolean selfClosed = skipTag();
    if (VOID.contains(name) || selfClosed) {
      return false;
    }
    if (RAW_TEXT.contains(name)) {
      skipPast("</" + name);
      skipTag();
      return false;
    }
    if (CLOSES_SIBLING.contains(name)) {
      closeSibling(name);
    }
    open.push(name);
    openCounts.merge(name, 1, Integer::sum);
    return true;
  }

  /**
   * Closes an open element of this name when only elements with optional end tags stand above it,
   * as a new {@code <li>} closes the last one and the {@code <p>} inside it.
   */
  private void closeSibling(String name) {
    for (String above : open) {
      if (above.equals(name)) {
        while (!pop().equals(name)) {
          // The optional-end elements inside it close with it.
        }
        return;
      }
      if (!CLOSES_SIBLING.contains(above)) {
        return;
      }
    }
  }

  private void close(String name) throws IOException {
    skipTag();
    if (openCounts.getOrDefault(name, 0) == 0) {
      return;
    }
    while (!pop().equals(name)) {
      // Elements left open inside it are closed with it.
    }
  }

  private String pop() {
    String name = open.pop();
    openCounts.merge(name, -1, Integer::sum);
    return name;
  }

  /** A tag name from its first character on; the character after it is read again next. */
  private String name(int first) throws IOException {
    StringBuilder name = new StringBuilder();
    int c = first;
    while (c >= 0 && (Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_')) {
      if (name.length() < 64) {
        name.append((char) c);
      }
      c = read();
    }
    pushedBack = c;
    return name.toString().toLowerCase(Locale.ROOT);
  }

  /** Skips to the end of a tag, past quoted attribute values; whether it ended with {@code />}. */
  private boolean skipTag() throws IOException {
    int previous = -1;
    int quote = -1;
    for (int c = read(); c >= 0; c = read()) {
      if (quote >= 0) {
        quote = c == quote ? -1 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return previous == '/';
      }
      previous = c;
    }
    return false;
  }

  private void skipDeclaration(int kind) throws IOException {
    int a = read();
    int b = read();
    if (kind == '!' && a == '-' && b == '-') {
      skipPast("-->");
    } else if (a != '>') {
      pushedBack = b;
      skipPast(">");
    }
  }

  /** Skips past the next occurrence of {@code end}, compared without regard to case. */
  private void skipPast(String end) throws IOException {
    int matched = 0;
    for (int c = read(); c >= 0; c = read()) {
      if (Character.toLowerCase(c) == end.charAt(matched)) {
        if (++matched == end.length()) {
          return;
        }
      } else {
        matched = Character.toLowerCase(c) == end.charAt(0) ? 1 : 0;
      }
    }
  }

  private int read() throws IOException {
    int c;
    if (pushedBack != -1) {
      c = pushedBack;
      pushedBack = -1;
      return c;
    }
    c = in.read();
    if (c == '\n') {
      line++;
    }
    return c;
  }
}
