package org.tarjuman.core.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small part of JSON (RFC 8259) that a workspace backup uses: one array or one object of
 * scalars (strings, numbers, {@code true}, {@code false}, {@code null}) per line. Numbers are read
 * back as {@link Long} when they are integers, else as {@link BigDecimal}, so no value is rounded.
 */
final class JsonScalars {

  private final String text;
  private int at;

  private JsonScalars(String text) {
    this.text = text;
  }

  /** One line: a JSON array of the values. */
  static String array(List<?> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ",");
      value(out, values.get(i));
    }
    return out.append(']').toString();
  }

  /** One line: a JSON object of the entries, in their order. */
  static String object(Map<String, ?> entries) {
    StringBuilder out = new StringBuilder("{");
    entries.forEach(
        (key, value) -> {
          out.append(out.length() == 1 ? "" : ",");
          string(out, key);
          out.append(':');
          value(out, value);
        });
    return out.append('}').toString();
  }

  static List<Object> parseArray(String line) {
    JsonScalars parser = new JsonScalars(line.strip());
    List<Object> values = new ArrayList<>();
    parser.expect('[');
    if (!parser.skipIf(']')) {
      do {
        values.add(parser.scalar());
      } while (parser.skipIf(','));
      parser.expect(']');
    }
    parser.end();
    return values;
  }

  static Map<String, Object> parseObject(String line) {
    JsonScalars parser = new JsonScalars(line.strip());
    Map<String, Object> entries = new LinkedHashMap<>();
    parser.expect('{');
    if (!parser.skipIf('}')) {
      do {
        String key = (String) parser.scalar();
        parser.expect(':');
        entries.put(key, parser.scalar());
      } while (parser.skipIf(','));
      parser.expect('}');
    }
    parser.end();
    return entries;
  }

  private static void value(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      string(out, value.toString());
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private Object scalar() {
    skipSpace();
    if (at >= text.length()) {
      throw error("a value");
    }
    char c = text.charAt(at);
    if (c == '"') {
      return quoted();
    }
    for (String word : new String[] {"null", "true", "false"}) {
      if (text.startsWith(word, at)) {
        at += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (start == at) {
      throw error("a value");
    }
    BigDecimal number = new BigDecimal(text.substring(start, at));
    return number.scale() <= 0 && text.substring(start, at).matches("-?\\d+")
        ? (Object) number.longValueExact()
        : number;
  }

  private String quoted() {
    StringBuilder out = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(at++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> out.append(e);
      }
    }
    throw error("the end of a string");
  }

  private void expect(char c) {
    if (!skipIf(c)) {
      throw error("'" + c + "'");
    }
  }

  private boolean skipIf(char c) {
    skipSpace();
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private void end() {
    skipSpace();
    if (at != text.length()) {
      throw error("the end of the line");
    }
  }

  private IllegalArgumentException error(String expected) {
    return new IllegalArgumentException("expected " + expected + " at character " + (at + 1));
  }
}
