package org.tarjuman.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.LanguageTags;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.text.PluralForms;
import org.tarjuman.xliff.Rejection.Reason;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.model.ReturnedUnit;
import org.tarjuman.xliff.model.UnitId;

/**
 * Decides, without touching the database, what a returned XLIFF file changes, codes matched by kind
 * and id (XLIFF 1.2 §ph, XLIFF 2.1 §4.2.3): each unit is updated, unchanged, empty or rejected with
 * a reason that names it.
 *
 * <p>File-level checks come first and reject every unit: a file exported from a version that a
 * newer one replaced, or for a version that does not exist, and a target language the document is
 * not translated into. Then, unit by unit: the id must name a stored segment ({@link UnitId}), the
 * source must still be the stored source, an empty target changes nothing, and the target must
 * carry each of the source's inline codes exactly once (codes matched by kind and id; see {@link
 * CodeDiff}). A unit whose target and state equal the stored translation is unchanged; any other is
 * an update.
 *
 * <p>Status: the state the file gives (see {@code Xliff12States}, {@code Xliff2States}), or
 * translated when it gives none (an XLIFF 1.2 target without {@code state} or {@code approved}); a
 * target with text is never stored as new, so {@code new}/{@code initial} becomes draft.
 */
public final class XliffComparison {

  /**
   * Compares a returned file with the stored segments.
   *
   * @param file the file as read
   * @param stored the segments of the file's document version with their translations (those into
   *     other languages are ignored); for a superseded version, any list of the document's segments
   * @param documentTargets the languages the document is translated into
   * @param latestVersion the document's latest version
   * @throws IllegalArgumentException when a stored segment belongs to another document
   */
  public ImportPlan compare(
      ReturnedFile file,
      List<SegmentView> stored,
      List<Locale> documentTargets,
      int latestVersion) {
    for (SegmentView segment : stored) {
      if (segment.documentId() != file.documentId()) {
        throw new IllegalArgumentException(
            "segment "
                + segment.id()
                + " belongs to document "
                + segment.documentId()
                + ", the file to document "
                + file.documentId());
      }
    }
    Optional<Locale> target = LanguageTags.documentTarget(file.target(), documentTargets);
    Optional<String> fileProblem = fileProblem(file, target, documentTargets, latestVersion);
    Decisions decisions = new Decisions(target.orElse(file.target()));
    List<TargetUpdate> updates = new ArrayList<>();
    if (fileProblem.isPresent()) {
      Reason reason = fileReason(file, latestVersion);
      for (ReturnedUnit unit : file.units()) {
        decisions.reject(unit, reason, fileProblem.get());
      }
    } else {
      Map<Long, SegmentView> byId =
          stored.stream().collect(Collectors.toMap(SegmentView::id, Function.identity()));
      updates.addAll(decisions.decide(file.units(), byId));
    }
    return new ImportPlan(
        file.documentId(),
        file.documentVersion(),
        decisions.target,
        updates,
        decisions.unchanged,
        decisions.empty,
        decisions.rejections);
  }

  /**
   * The language a file's units are stored under (the document's own tag) when the file passes the
   * file-level checks; empty when they reject every unit, and {@link #compare} must decide.
   *
   * @param file the file, of which only its head (languages, document version) is used
   * @param documentTargets the languages the document is translated into
   * @param latestVersion the document's latest version
   */
  Optional<Locale> unitTarget(ReturnedFile file, List<Locale> documentTargets, int latestVersion) {
    Optional<Locale> target = LanguageTags.documentTarget(file.target(), documentTargets);
    return fileProblem(file, target, documentTargets, latestVersion).isPresent()
        ? Optional.empty()
        : target;
  }

  /**
   * Decides units of a file that passed the file-level checks, one chunk at a time, each against
   * the stored segments of its chunk; keeps the counts and rejections, and hands back the updates.
   */
  static final class Decisions {
    private final Locale target;
    private final List<Rejection> rejections = new ArrayList<>();
    private int unchanged;
    private int empty;

    /** Decisions for units stored under {@code target}, the document's own tag. */
    Decisions(Locale target) {
      this.target = target;
    }

    /**
     * Decides units against the stored segments of the file's document version that their ids
     * name (others may be there too); returns the updates in unit order.
     */
    List<TargetUpdate> decide(List<ReturnedUnit> units, Map<Long, SegmentView> stored) {
      List<TargetUpdate> updates = new ArrayList<>();
      for (ReturnedUnit unit : units) {
        compareUnit(unit, stored, target, this).ifPresent(updates::add);
      }
      return updates;
    }

    /** Units whose target and state equal the stored translation. */
    int unchanged() {
      return unchanged;
    }

    /** Units without a target, or with an empty one. */
    int empty() {
      return empty;
    }

    /** Units not applied, in the order decided. */
    List<Rejection> rejections() {
      return List.copyOf(rejections);
    }

    /** Counts a unit whose target is acceptable as unchanged, or returns it as an update. */
    private Optional<TargetUpdate> take(ReturnedUnit unit, SegmentView segment, Content content) {
      Optional<Status> state = unit.state().map(s -> s == Status.NEW ? Status.DRAFT : s);
      Optional<TranslationView> current = segment.translation(target);
      boolean same =
          current.isPresent()
              && CodeDiff.sameTarget(current.get().content(), content)
              && state.map(s -> s == current.get().status()).orElse(true);
      if (same) {
        unchanged++;
        return Optional.empty();
      }
      return Optional.of(
          new TargetUpdate(segment.id(), unit.unitId(), content, state.orElse(Status.TRANSLATED)));
    }

    private void reject(ReturnedUnit unit, Reason reason, String why) {
      rejections.add(new Rejection(unit.unitId(), reason, "unit " + unit.unitId() + ": " + why));
    }
  }

  private static Optional<String> fileProblem(
      ReturnedFile file, Optional<Locale> target, List<Locale> documentTargets, int latestVersion) {
    if (file.documentVersion() > latestVersion) {
      return Optional.of(
          "the file is for version "
              + file.documentVersion()
              + " of document "
              + file.documentId()
              + ", which has only "
              + latestVersion
              + "; was it exported from another workspace?");
    }
    if (file.documentVersion() < latestVersion) {
      return Optional.of(
          "the file was exported from version "
              + file.documentVersion()
              + ", and version "
              + latestVersion
              + " has replaced it; export the document again"
              + " (your CAT tool's translation memory will fill in what you translated)");
    }
    if (target.isEmpty()) {
      return Optional.of(
          "the file's target language is "
              + file.target().toLanguageTag()
              + ", but the document is translated into "
              + documentTargets.stream()
                  .map(Locale::toLanguageTag)
                  .collect(Collectors.joining(", "))
              + "; export the file for one of these");
    }
    return Optional.empty();
  }

  private static Reason fileReason(ReturnedFile file, int latestVersion) {
    if (file.documentVersion() > latestVersion) {
      return Reason.UNKNOWN_VERSION;
    }
    return file.documentVersion() < latestVersion
        ? Reason.VERSION_SUPERSEDED
        : Reason.WRONG_TARGET_LANGUAGE;
  }

  private static Optional<TargetUpdate> compareUnit(
      ReturnedUnit unit, Map<Long, SegmentView> stored, Locale target, Decisions plan) {
    Optional<SegmentView> segment =
        UnitId.parse(unit.unitId()).map(id -> stored.get(id.segmentId()));
    if (segment.isEmpty()) {
      plan.reject(
          unit,
          Reason.UNKNOWN_UNIT,
          "no segment of this document version has this id;"
              + " units must keep the ids export-xliff gave them");
      return Optional.empty();
    }
    Content source = segment.get().source();
    if (!CodeDiff.sameSource(unit.source(), source)) {
      plan.reject(
          unit,
          Reason.SOURCE_CHANGED,
          "the source text differs from the stored segment "
              + segment.get().id()
              + "; sources must not be edited (export again if the document"
              + " changed)");
      return Optional.empty();
    }
    Optional<Content> returned = unit.target().filter(t -> !t.coded().isBlank());
    if (returned.isEmpty()) {
      plan.empty++;
      return Optional.empty();
    }
    if (!codesMatch(unit, returned.get(), source, omissible(segment.get(), target), plan)) {
      return Optional.empty();
    }
    return plan.take(unit, segment.get(), CodeDiff.withStoredCodes(returned.get(), source));
  }

  /**
   * The codes a target may leave out: the number placeholder of a plural form that one number alone
   * selects in the target language (Arabic's "ملف واحد" for {@code %d files}), as GNU {@code msgfmt
   * --check} allows.
   */
  private static Predicate<InlineCode> omissible(SegmentView segment, Locale target) {
    if (!segment.resourceKey() || !PluralForms.singleNumberForm(segment.unitKey(), target)) {
      return code -> false;
    }
    return code ->
        code.kind() == InlineCode.Kind.PLACEHOLDER && PluralForms.isNumberPlaceholder(code.data());
  }

  private static boolean codesMatch(
      ReturnedUnit unit,
      Content target,
      Content source,
      Predicate<InlineCode> omissible,
      Decisions plan) {
    List<InlineCode> missing =
        CodeDiff.missing(target, source).stream().filter(omissible.negate()).toList();
    if (!missing.isEmpty()) {
      plan.reject(
          unit,
          Reason.MISSING_CODE,
          "the target lacks the inline code"
              + (missing.size() > 1 ? "s " : " ")
              + describe(missing)
              + "; put it back where it belongs in the translation");
      return false;
    }
    List<InlineCode> extra = CodeDiff.extra(target, source);
    if (!extra.isEmpty()) {
      plan.reject(
          unit,
          Reason.EXTRA_CODE,
          "the target has the inline code"
              + (extra.size() > 1 ? "s " : " ")
              + describe(extra)
              + " that the source does not have (or has fewer times); remove it");
      return false;
    }
    return true;
  }

  private static String describe(List<InlineCode> codes) {
    return codes.stream().map(CodeDiff::describe).collect(Collectors.joining(", "));
  }
}
