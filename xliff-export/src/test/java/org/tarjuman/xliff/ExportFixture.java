package org.tarjuman.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.Suggestion;

/**
 * The seed article ready for export: a few segments translated with different statuses, the first
 * hashtag segment translated with its placeholder, and one hand-made TM suggestion.
 */
final class ExportFixture {

  /** The first segment: untranslated, with one suggestion. */
  static final int SUGGESTED = 0;

  /** The second segment: translated. */
  static final int TRANSLATED = 1;

  /** The third segment: a draft. */
  static final int DRAFT = 2;

  /** The fourth segment: reviewed. */
  static final int REVIEWED = 3;

  static final String FUZZY_TARGET = "The Inspector General of the Royal Armed Forces arrives";

  private ExportFixture() {}

  static List<SegmentView> segments() {
    List<SegmentView> segments = new ArrayList<>(SeedArticle.segments());
    translate(
        segments,
        TRANSLATED,
        Content.ofText("The Moroccan delegation will be received."),
        Status.TRANSLATED);
    translate(
        segments, DRAFT, Content.ofText("Conference \"operational innovation\"…"), Status.DRAFT);
    translate(segments, REVIEWED, Content.ofText("This is the first visit."), Status.REVIEWED);
    int hashtag = hashtagIndex(segments);
    SegmentView withCode = segments.get(hashtag);
    translate(
        segments,
        hashtag,
        SeedArticle.withCodes(
            "The IDF {0} hosts an international conference.", withCode.source().codes()),
        Status.FINAL);
    return segments;
  }

  /** The index of the first segment whose source has a hashtag code. */
  static int hashtagIndex(List<SegmentView> segments) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).source().codes().stream().anyMatch(c -> c.type().equals("hashtag"))) {
        return i;
      }
    }
    throw new IllegalStateException("the seed article has a hashtag");
  }

  static ExportInput input() {
    List<SegmentView> segments = segments();
    SegmentView first = segments.get(SUGGESTED);
    Suggestion suggestion =
        new Suggestion(first.source(), Content.ofText(FUZZY_TARGET), 87, Origin.TM_FUZZY);
    return new ExportInput(
        SeedArticle.NAME,
        SeedArticle.DOCUMENT_ID,
        SeedArticle.VERSION,
        SeedArticle.AR,
        SeedArticle.EN,
        segments,
        Map.of(first.id(), List.of(suggestion)));
  }

  /** The segments an input writes, in order. */
  static List<SegmentView> segmentsOf(ExportInput input) {
    List<SegmentView> out = new ArrayList<>();
    input.segments().forEach(out::add);
    return out;
  }

  private static void translate(
      List<SegmentView> segments, int index, Content target, Status status) {
    segments.set(index, SeedArticle.translated(segments.get(index), target, status));
  }
}
