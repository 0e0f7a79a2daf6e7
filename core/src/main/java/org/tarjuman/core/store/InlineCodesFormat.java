package org.tarjuman.core.store;

import java.util.ArrayList;
import java.util.List;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;

/**
 * The text form in which a content's inline codes are stored beside its coded text.
 *
 * <p>Codes are separated by {@code ;}; a code is its kind ({@code o} opening, {@code c} closing,
 * {@code p} placeholder) immediately followed by its decimal id, then {@code ,} type {@code ,}
 * data. In type and data a backslash escapes {@code \}, {@code ,} and {@code ;}. No codes is the
 * empty string. Example: {@code p1,hashtag,#المغرب;o2,b,<b>;c2,b,</b>}.
 */
public final class InlineCodesFormat {

  private InlineCodesFormat() {}

  /** The stored form of a list of codes. */
  public static String format(List<InlineCode> codes) {
    StringBuilder out = new StringBuilder();
    for (InlineCode code : codes) {
      if (out.length() > 0) {
        out.append(';');
      }
      out.append(kindLetter(code.kind())).append(code.id()).append(',');
      escape(code.type(), out);
      out.append(',');
      escape(code.data(), out);
    }
    return out.toString();
  }

  /**
   * The codes of a stored form.
   *
   * @throws IllegalArgumentException when the text is not in this format
   */
  public static List<InlineCode> parse(String stored) {
    List<InlineCode> codes = new ArrayList<>();
    if (stored.isEmpty()) {
      return codes;
    }
    List<String> fields = new ArrayList<>(3);
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c == '\\') {
        if (++i == stored.length()) {
          throw new IllegalArgumentException("inline codes end in a lone backslash: " + stored);
        }
        field.append(stored.charAt(i));
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == ';') {
        fields.add(field.toString());
        field.setLength(0);
        codes.add(code(fields, stored));
        fields.clear();
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    codes.add(code(fields, stored));
    return codes;
  }

  /** The content stored as coded text and codes. */
  public static Content content(String coded, String codes) {
    return new Content(coded, parse(codes));
  }

  private static InlineCode code(List<String> fields, String stored) {
    if (fields.size() != 3 || fields.get(0).length() < 2) {
      throw new IllegalArgumentException("malformed inline codes: " + stored);
    }
    String head = fields.get(0);
    try {
      return new InlineCode(
          kindOf(head.charAt(0), stored),
          Integer.parseInt(head.substring(1)),
          fields.get(1),
          fields.get(2));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed inline code id in: " + stored, e);
    }
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == ',' || c == ';') {
        out.append('\\');
      }
      out.append(c);
    }
  }

  private static char kindLetter(InlineCode.Kind kind) {
    return switch (kind) {
      case OPENING -> 'o';
      case CLOSING -> 'c';
      case PLACEHOLDER -> 'p';
    };
  }

  private static InlineCode.Kind kindOf(char letter, String stored) {
    return switch (letter) {
      case 'o' -> InlineCode.Kind.OPENING;
      case 'c' -> InlineCode.Kind.CLOSING;
      case 'p' -> InlineCode.Kind.PLACEHOLDER;
      default -> throw new IllegalArgumentException("unknown inline code kind in: " + stored);
    };
  }
}
