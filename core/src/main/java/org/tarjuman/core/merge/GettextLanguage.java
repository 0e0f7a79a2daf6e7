package org.tarjuman.core.merge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISkeleton;
import net.sf.okapi.common.skeleton.GenericSkeleton;
import net.sf.okapi.common.skeleton.GenericSkeletonPart;

/**
 * Names the target language in the header of a merged Gettext catalogue: its {@code Language}
 * field (GNU gettext manual §3.2 "Filling in the Header Entry") becomes the target in gettext's
 * form, {@code ll} or {@code ll_CC} ({@code ar}, {@code pt_BR} for {@code pt-BR}), with gettext's
 * {@code @latin} or {@code @cyrillic} modifier for a tag with that script ({@code sr@latin}).
 *
 * <p>Okapi's PO filter keeps the header entry as the skeleton text of the first document part,
 * one {@code "Field: value\n"} line each, and its writer writes that text back as it is. A {@code
 * Language} field that names another language (a template's empty one, or the source's) gets the
 * target's name; one that already names the target's language ({@code ar_EG} for {@code ar}) is
 * kept. A header without the field gets it before {@code MIME-Version} (gettext's order), else
 * before {@code Content-Type}, else after its last field. A catalogue without a header entry is
 * written as it is: {@code msgfmt} already says so about the original.
 */
final class GettextLanguage {

  /** A header line's field and value, {@code Language: value}; not {@code Language-Team}. */
  private static final Pattern LANGUAGE =
      Pattern.compile("(?m)^\"(Language:[ \\t]*([^\"\\\\\\r\\n]*))");
  /** The header lines the field goes before, in gettext's order of fields. */
  private static final List<String> BEFORE = List.of("\"MIME-Version:", "\"Content-Type:");
  /** The end of a header line: the escaped newline and the closing quote. */
  private static final String LINE_END = "\\n\"";

  private final Locale target;
  private final String name;
  private boolean headerSeen;

  GettextLanguage(Locale target) {
    this.target = target;
    this.name = gettextName(target);
  }

  /** Rewrites the header if the event is the catalogue's header; call it for every event. */
  void remember(Event event) {
    if (headerSeen || event.isStartDocument() || event.isStartSubDocument()) {
      return;
    }
    headerSeen = true; // the header entry comes first, or there is none
    if (event.isDocumentPart()) {
      ISkeleton skeleton = event.getDocumentPart().getSkeleton();
      if (skeleton instanceof GenericSkeleton generic && !replace(generic.getParts())) {
        add(generic.getParts());
      }
    }
  }

  /** Sets the field where the header has one; false when it has none. */
  private boolean replace(List<GenericSkeletonPart> parts) {
    for (GenericSkeletonPart part : parts) {
      String data = part.getData().toString();
      Matcher m = LANGUAGE.matcher(data);
      if (m.find()) {
        if (!namesTarget(m.group(2).strip())) {
          part.setData(
              data.substring(0, m.start(1)) + "Language: " + name + data.substring(m.end(1)));
        }
        return true;
      }
    }
    return false;
  }

  private void add(List<GenericSkeletonPart> parts) {
    for (String field : BEFORE) {
      for (GenericSkeletonPart part : parts) {
        String data = part.getData().toString();
        int at = lineStart(data, field);
        if (at >= 0) {
          part.setData(data.substring(0, at) + line(lineBreak(data)) + data.substring(at));
          return;
        }
      }
    }
    for (int i = parts.size() - 1; i >= 0; i--) {
      String data = parts.get(i).getData().toString();
      int end = data.lastIndexOf(LINE_END);
      if (end >= 0) {
        int at = end + LINE_END.length();
        String lineBreak = lineBreak(data);
        parts.get(i).setData(data.substring(0, at) + lineBreak + line("") + data.substring(at));
        return;
      }
    }
  }

  private String line(String lineBreak) {
    return "\"Language: " + name + LINE_END + lineBreak;
  }

  /**
   * Whether a header's value names the target: its language, and its country when the target has
   * one ({@code ar_EG} names {@code ar}; {@code pt_PT} does not name {@code pt-BR}).
   */
  private boolean namesTarget(String value) {
    Locale named = Locale.forLanguageTag(value.split("[@.]", 2)[0].replace('_', '-'));
    return !value.isEmpty()
        && named.getLanguage().equals(target.getLanguage())
        && (target.getCountry().isEmpty() || named.getCountry().equals(target.getCountry()));
  }

  /** Where a line starting with {@code field} starts in the text; -1 if none does. */
  private static int lineStart(String data, String field) {
    int at = data.indexOf(field);
    while (at > 0 && data.charAt(at - 1) != '\n') {
      at = data.indexOf(field, at + 1);
    }
    return at;
  }

  private static String lineBreak(String data) {
    return data.contains("\r\n") ? "\r\n" : "\n";
  }

  /** The gettext name of a language: {@code ll}, {@code ll_CC}, {@code ll_CC@modifier}. */
  static String gettextName(Locale locale) {
    StringBuilder out = new StringBuilder(locale.getLanguage());
    if (!locale.getCountry().isEmpty()) {
      out.append('_').append(locale.getCountry());
    }
    switch (locale.getScript()) {
      case "Latn" -> out.append("@latin");
      case "Cyrl" -> out.append("@cyrillic");
      default -> { }
    }
    return out.toString();
  }
}
