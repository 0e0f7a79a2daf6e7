package org.tarjuman.core.merge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.skeleton.GenericSkeleton;
import net.sf.okapi.common.skeleton.GenericSkeletonPart;

/**
 * Completes Okapi's handling of the {@code dir} attribute of {@code <html>} on output.
 *
 * <p>Okapi's {@code HtmlSkeletonWriter} gives {@code <html>} the target's direction: {@code
 * dir="rtl"} for a right-to-left target, no {@code dir} (HTML's default, left to right) otherwise.
 * It only looks at the first part of the element's skeleton, though, and when {@code lang} comes
 * before {@code dir} (as in {@code <html lang="ar" dir="rtl">}) the filter splits the tag at the
 * {@code lang} value, so the source's {@code dir} sits in a later part and is written unchanged: an
 * English page would stay right to left. This takes the {@code dir} attribute out of those later
 * parts before the writer sees them; the writer then sets the direction as it intends.
 */
final class HtmlDirection {

  private static final String HTML_ELEMENT = "<html";
  private static final Pattern DIR = Pattern.compile("\\s+dir\\s*=\\s*([\"']?)(?:rtl|ltr|auto)\\1",
      Pattern.CASE_INSENSITIVE);

  private HtmlDirection() {}

  /** Removes {@code dir} from the skeleton parts after the first of the event's {@code <html>}. */
  static void prepare(Event event, LocaleId target) {
    if (!event.isDocumentPart()
        || !(event.getResource().getSkeleton() instanceof GenericSkeleton skeleton)) {
      return;
    }
    List<GenericSkeletonPart> parts = skeleton.getParts();
    for (int i = 0; i < parts.size(); i++) {
      StringBuilder data = parts.get(i).getData();
      int html = data.indexOf(HTML_ELEMENT);
      if (html >= 0) {
        if (i > 0) {
          // Okapi sets the direction only when <html starts the first part: do it here.
          removeDir(data, html);
          data.insert(html + HTML_ELEMENT.length(), LocaleId.isBidirectional(target) ? " dir=\"rtl\"" : "");
        }
        for (int j = i + 1; j < parts.size() && !endsTag(parts.get(j - 1).getData(), j - 1 == i ? html : 0); j++) {
          removeDir(parts.get(j).getData(), 0);
        }
        return;
      }
    }
  }

  private static void removeDir(StringBuilder data, int from) {
    int end = data.indexOf(">", from);
    Matcher dir = DIR.matcher(data).region(from, end < 0 ? data.length() : end);
    if (dir.find()) {
      data.delete(dir.start(), dir.end());
    }
  }

  private static boolean endsTag(StringBuilder data, int from) {
    return data.indexOf(">", from) >= 0;
  }
}
