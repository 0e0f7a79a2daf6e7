package org.tarjuman.core.align;

import java.util.ArrayList;
import java.util.List;
import org.tarjuman.core.model.AlignedPair;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.store.TranslationUpdate;

/**
 * What each link of an alignment stores:
 *
 * <ul>
 *   <li><b>1:1</b> and <b>1:2</b>: the segment's translation is the target sentence (the two joined
 *       by a space), {@link Status#TRANSLATED} when the link's confidence is at least {@value
 *       #CONFIDENT}%, so it also goes to the TM, else {@link Status#NEEDS_REVIEW}.
 *   <li><b>2:1</b>: the target sentence translates both segments and cannot be split without
 *       guessing. It goes to the first segment, the second gets an empty translation; both are
 *       {@link Status#NEEDS_REVIEW}, so neither enters the TM. A merged document reads right (the
 *       sentence, then nothing), and a reviewer sees both segments flagged.
 *   <li><b>1:0</b> (not translated) and <b>0:1</b> (added by the translator): nothing is stored;
 *       the output shows them.
 * </ul>
 *
 * <p>Each stored translation's score is its link's confidence in percent, as {@code align} prints
 * it; both segments of a 2:1 get the pair's score, so the empty one reads as part of the pair.
 */
final class AlignedTranslations {

  static final int CONFIDENT = 50;

  private final List<SegmentView> segments;
  private final List<Content> targets;

  AlignedTranslations(List<SegmentView> segments, List<Content> targets) {
    this.segments = segments;
    this.targets = targets;
  }

  /** The version of the document the segments belong to. */
  int version() {
    return segments.get(0).version();
  }

  /** The link as the user sees it, with the status it is stored with. */
  AlignedPair pair(SentenceLink link) {
    List<SegmentView> sources = sources(link);
    return new AlignedPair(
        sources.stream().map(SegmentView::id).toList(),
        sources.stream().map(SegmentView::source).toList(),
        targets(link),
        percent(link),
        status(link));
  }

  /** The translations to store, one per segment that gets one. */
  List<TranslationUpdate> updates(List<SentenceLink> links) {
    List<TranslationUpdate> updates = new ArrayList<>();
    for (SentenceLink link : links) {
      if (link.sources() == 0 || link.targets() == 0) {
        continue;
      }
      List<SegmentView> sources = sources(link);
      Status status = status(link);
      int score = percent(link);
      SegmentView first = sources.get(0);
      updates.add(
          new TranslationUpdate(
              first.id(), TargetContent.adopt(targets(link), first.source()), status, score));
      for (SegmentView merged : sources.subList(1, sources.size())) {
        updates.add(new TranslationUpdate(merged.id(), Content.ofText(""), status, score));
      }
    }
    return updates;
  }

  private static Status status(SentenceLink link) {
    if (link.sources() == 0 || link.targets() == 0) {
      return Status.NEW;
    }
    return link.sources() == 1 && percent(link) >= CONFIDENT
        ? Status.TRANSLATED
        : Status.NEEDS_REVIEW;
  }

  private static int percent(SentenceLink link) {
    return (int) Math.round(link.confidence() * 100);
  }

  private List<SegmentView> sources(SentenceLink link) {
    return segments.subList(link.sourceStart(), link.sourceStart() + link.sources());
  }

  private List<Content> targets(SentenceLink link) {
    return targets.subList(link.targetStart(), link.targetStart() + link.targets());
  }
}
