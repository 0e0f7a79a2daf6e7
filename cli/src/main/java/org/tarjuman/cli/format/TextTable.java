package org.tarjuman.cli.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table for a terminal about {@code width} columns wide: each column as wide as its
 * widest cell, two spaces apart, and the last column wrapped at spaces into what is left.
 *
 * <p>Text is measured in terminal cells, not chars ({@link #cells}), and is never reordered: a cell
 * holding Arabic keeps its logical order and any bidi controls it has, so the terminal's own bidi
 * algorithm (if any) sees exactly the stored text. Put right-to-left text in the last column, where
 * no padding follows it.
 */
public final class TextTable {

  /** The width the console's text is laid out for: every line fits an 80-column terminal. */
  public static final int COLUMNS = 80;

  private static final String GAP = "  ";
  /** The least room the last column gets; less only when the columns before it leave no more. */
  private static final int MIN_LAST_COLUMN = 16;

  private final int width;
  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> rightAligned = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(int width) {
    this.width = width;
  }

  /** Adds a left-aligned column. */
  public TextTable column(String header) {
    return addColumn(header, /* right= */ false);
  }

  /** Adds a right-aligned column, for numbers. */
  public TextTable numberColumn(String header) {
    return addColumn(header, /* right= */ true);
  }

  private TextTable addColumn(String header, boolean right) {
    headers.add(header);
    rightAligned.add(right);
    return this;
  }

  /** Adds a row; there must be one cell per column. */
  public TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          cells.length + " cells for " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(displayable(String.valueOf(cell)));
    }
    rows.add(row);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table as lines joined by {@code \n}, without a trailing newline. */
  public String render() {
    int[] widths = columnWidths();
    int indent = 0;
    for (int i = 0; i < widths.length - 1; i++) {
      indent += widths[i] + GAP.length();
    }
    int lastWidth = Math.max(MIN_LAST_COLUMN, width - indent);
    StringBuilder out = new StringBuilder();
    appendRow(out, headers, widths, indent, lastWidth);
    for (List<String> row : rows) {
      out.append('\n');
      appendRow(out, row, widths, indent, lastWidth);
    }
    return out.toString();
  }

  private int[] columnWidths() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = cells(headers.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], cells(row.get(i)));
      }
    }
    return widths;
  }

  private void appendRow(
      StringBuilder out, List<String> row, int[] widths, int indent, int lastWidth) {
    int last = row.size() - 1;
    for (int i = 0; i < last; i++) {
      out.append(pad(row.get(i), widths[i], rightAligned.get(i))).append(GAP);
    }
    List<String> lines = wrap(row.get(last), lastWidth);
    out.append(rightAligned.get(last) ? pad(lines.get(0), widths[last], true) : lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      out.append('\n').append(" ".repeat(indent)).append(line);
    }
  }

  private static String pad(String text, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - cells(text)));
    return right ? fill + text : text + fill;
  }

  /**
   * Splits text into lines of at most {@code width} cells, breaking at spaces (the breaking space
   * is dropped, other spacing kept) and inside a word only when the word alone is too wide. A
   * combining mark always stays with the letter before it.
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineCells = 0;
    boolean started = false;
    for (String word : text.split(" ", -1)) {
      int wordCells = cells(word);
      if (started && lineCells + 1 + wordCells <= width) {
        line.append(' ').append(word);
        lineCells += 1 + wordCells;
        continue;
      }
      if (started) {
        lines.add(line.toString());
        line.setLength(0);
      }
      while (wordCells > width) {
        int cut = afterLastSeparator(word, prefixFitting(word, width));
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
        wordCells = cells(word);
      }
      line.append(word);
      lineCells = wordCells;
      started = true;
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * "  label       value": the label in a column of twelve, the value wrapped to {@code width} cells
   * under itself ({@link #wrapAfter}).
   */
  public static String labelled(String label, Object value, int width) {
    return wrapAfter("  " + String.format(Locale.ROOT, "%-12s", label), String.valueOf(value), width);
  }

  /**
   * {@code prefix} then {@code text}, the text wrapped at spaces so that every line fits {@code
   * width} cells, its later lines indented to where it starts. A word is never broken: a path or a
   * name is printed whole, to be copied, on a line of its own when it is wider than the room.
   */
  public static String wrapAfter(String prefix, String text, int width) {
    int indent = cells(prefix);
    int room = Math.max(MIN_LAST_COLUMN, width - indent);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      if (line.length() > 0 && cells(line.toString()) + 1 + cells(word) > room) {
        lines.add(line.toString());
        line.setLength(0);
      } else if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return prefix + String.join("\n" + " ".repeat(indent), lines);
  }

  /**
   * Where to cut a word too wide for a line, given the most that fits: just after the last {@code
   * -}, {@code _}, {@code .} or {@code /} in it, so that a file name breaks between its parts.
   */
  private static int afterLastSeparator(String word, int fitting) {
    for (int i = fitting - 1; i > 0; i--) {
      if ("-_./".indexOf(word.charAt(i - 1)) >= 0) {
        return i;
      }
    }
    return fitting;
  }

  /**
   * The length in chars of the longest prefix of {@code word} that fits in {@code cells}, never
   * less than its first character with the marks that follow it.
   */
  private static int prefixFitting(String word, int cells) {
    int used = 0;
    int i = 0;
    while (i < word.length()) {
      int cp = word.codePointAt(i);
      int next = i + Character.charCount(cp);
      while (next < word.length() && cells(word.codePointAt(next)) == 0) {
        next += Character.charCount(word.codePointAt(next));
      }
      if (used + cells(cp) > cells && i > 0) {
        return i;
      }
      used += cells(cp);
      i = next;
    }
    return i;
  }

  /** The text cut to at most {@code cells} cells, ending with an ellipsis when it was longer. */
  public static String truncate(String text, int cells) {
    if (cells(text) <= cells) {
      return text;
    }
    return text.substring(0, prefixFitting(text, cells - 1)) + "…";
  }

  /** How many terminal cells the text takes: marks and format characters none, wide CJK two. */
  public static int cells(String text) {
    int total = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      total += cells(cp);
      i += Character.charCount(cp);
    }
    return total;
  }

  private static int cells(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /**
   * The text with line breaks and tabs shown as spaces, so that one cell stays on its lines; every
   * other character, bidi controls included, is kept.
   */
  private static String displayable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    }
    return out.toString();
  }
}
