package org.tarjuman.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.okapi.OkapiContent;

/**
 * Splits a unit into sentences with Okapi's SRX engine ({@link ISegmenter}), for the language the
 * segmenter was compiled for. Get one from {@link SrxRules#segmenterFor}.
 *
 * <p>The unit is handed to Okapi as a {@link TextContainer}; Okapi's segment ranges are then
 * applied to the unit itself, so every segment keeps the unit's own inline codes unchanged. Each
 * segment runs from the start of one Okapi range to the start of the next, so no text is ever lost
 * between segments, and is then trimmed: the white space between sentences belongs to no segment. A
 * boundary never falls inside an inline code. Blank segments are dropped.
 *
 * <p>Not thread-safe: use one per import (Okapi's segmenter keeps state between calls).
 */
public final class SrxSegmenter implements Segmenter {

  private final ISegmenter segmenter;

  SrxSegmenter(ISegmenter segmenter) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  @Override
  public List<Content> segment(Content unit) {
    Objects.requireNonNull(unit, "unit");
    if (unit.isBlank()) {
      return List.of();
    }
    TextContainer container = new TextContainer(OkapiContent.toFragment(unit));
    segmenter.computeSegments(container);
    List<Range> ranges = segmenter.getRanges();

    String coded = unit.coded();
    List<Integer> cuts = new ArrayList<>();
    cuts.add(0);
    if (ranges != null) {
      for (int i = 1; i < ranges.size(); i++) {
        int cut = outsideCode(coded, ranges.get(i).start);
        if (cut > cuts.get(cuts.size() - 1) && cut < coded.length()) {
          cuts.add(cut);
        }
      }
    }
    cuts.add(coded.length());

    List<Content> segments = new ArrayList<>(cuts.size() - 1);
    for (int i = 0; i + 1 < cuts.size(); i++) {
      Content segment = trim(slice(unit, cuts.get(i), cuts.get(i + 1)));
      if (!segment.isBlank()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /** The position, moved back to the code's marker when it points at a code's index character. */
  private static int outsideCode(String coded, int position) {
    int p = Math.max(0, Math.min(position, coded.length()));
    if (p > 0 && p < coded.length() && Content.isMarker(coded.charAt(p - 1))) {
      return p - 1;
    }
    return p;
  }

  /** The part [start, end) of the content, its codes renumbered from 0 in order of appearance. */
  static Content slice(Content content, int start, int end) {
    String coded = content.coded();
    if (content.codes().isEmpty()) {
      return Content.ofText(coded.substring(start, end));
    }
    StringBuilder text = new StringBuilder(end - start);
    List<InlineCode> codes = new ArrayList<>();
    for (int i = start; i < end; i++) {
      char c = coded.charAt(i);
      if (Content.isMarker(c) && i + 1 < coded.length()) {
        InlineCode code = content.codes().get(coded.charAt(++i) - Content.INDEX_BASE);
        text.append(c).append((char) (Content.INDEX_BASE + codes.size()));
        codes.add(code);
      } else {
        text.append(c);
      }
    }
    return new Content(text.toString(), codes);
  }

  /** The content without white space at either end; codes are never trimmed. */
  static Content trim(Content content) {
    String coded = content.coded();
    int start = 0;
    int end = coded.length();
    while (start < end && isSpace(coded.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(coded.charAt(end - 1)) && !isCodeIndex(coded, end - 1)) {
      end--;
    }
    if (start == 0 && end == coded.length()) {
      return content;
    }
    return new Content(coded.substring(start, end), content.codes());
  }

  private static boolean isCodeIndex(String coded, int i) {
    return i > 0 && Content.isMarker(coded.charAt(i - 1));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
