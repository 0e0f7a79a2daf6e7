package org.tarjuman.core.tmx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.IWithProperties;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.tmx.Parameters;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.Progress;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.okapi.OkapiContent;

/**
 * Reads the units of one language pair from a TMX 1.4b file through Okapi's {@link TmxFilter},
 * streamed: each {@code <tu>} with a {@code <tuv>} in both languages becomes a {@link TmUnit}
 * pushed to the sink. {@code <bpt>}, {@code <ept>}, {@code <ph>}, {@code <it>} and {@code <hi>}
 * become inline codes (TMX 1.4b §3.7), {@code creationdate} and {@code changedate} (on the target
 * {@code <tuv>} or else on the {@code <tu>}) become the unit's dates, and the properties {@link
 * TmxWriter} writes ({@code x-tarjuman-origin}, {@code x-context-prev}, {@code x-context-next}) are
 * read back. Units without a date get the time of the import; origin defaults to {@code tmx}.
 *
 * <p>The file is first checked by {@link TmxSurvey} (well-formed, no DTD tricks, the pair present),
 * so a bad file is refused before any unit is read.
 */
public final class TmxReader {

  static final String ORIGIN = "x-tarjuman-origin";
  static final String PREVIOUS = "x-context-prev";
  static final String NEXT = "x-context-next";

  private static final int PROGRESS_EVERY = 1000;
  private static final String STEP = "TM units";

  /** The source and target language of a TMX import. */
  public record LanguagePair(Locale source, Locale target) {}

  /**
   * The pair to import from a file: the given languages; a missing source is the header's {@code
   * srclang}, a missing target the only other language of the units.
   *
   * @throws InvalidInputException for an unsafe or malformed file, or when the pair is not clear
   */
  public LanguagePair pairOf(Path file, Optional<Locale> source, Optional<Locale> target) {
    if (source.isPresent() && target.isPresent()) {
      return new LanguagePair(source.get(), target.get());
    }
    return TmxSurvey.pair(file, source, target);
  }

  /**
   * Pushes the file's units of the pair to the sink and returns how many.
   *
   * @param progress told the units read so far, of those with the pair, every thousand and at the
   *     end
   * @throws InvalidInputException for a file that is not safe, well-formed TMX with the pair
   */
  public long read(
      Path file, Locale source, Locale target, Consumer<TmUnit> sink, Progress progress) {
    long total = TmxSurvey.check(file, source, target);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    LocaleId sourceId = LocaleId.fromBCP47(source.toLanguageTag());
    LocaleId targetId = LocaleId.fromBCP47(target.toLanguageTag());
    long count = 0;
    try (TmxFilter filter = new TmxFilter();
        RawDocument document =
            new RawDocument(file.toUri(), StandardCharsets.UTF_8.name(), sourceId, targetId)) {
      Parameters parameters = filter.getParameters();
      parameters.setProcessAllTargets(false);
      parameters.setExitOnInvalid(true);
      filter.open(document);
      while (filter.hasNext()) {
        Event event = filter.next();
        if (event.isTextUnit()) {
          Optional<TmUnit> unit = unit(event.getTextUnit(), source, target, targetId, now);
          if (unit.isPresent()) {
            sink.accept(unit.get());
            if (++count % PROGRESS_EVERY == 0) {
              progress.progress(STEP, count, total);
            }
          }
        }
      }
    } catch (OkapiException e) {
      throw new InvalidInputException(file + ": not valid TMX: " + rootMessage(e), e);
    }
    progress.progress(STEP, count, total);
    return count;
  }

  private static Optional<TmUnit> unit(
      ITextUnit tu, Locale source, Locale target, LocaleId targetId, Instant now) {
    TextContainer targetContainer = tu.getTarget(targetId);
    if (targetContainer == null || tu.getSource().isEmpty() || targetContainer.isEmpty()) {
      return Optional.empty();
    }
    Content sourceContent = OkapiContent.fromFragment(tu.getSource().getFirstContent());
    Content targetContent = OkapiContent.fromFragment(targetContainer.getFirstContent());
    Instant created = date(targetContainer, tu, "creationdate").orElse(now);
    Instant changed = date(targetContainer, tu, "changedate").orElse(created);
    Origin origin = property(tu, ORIGIN).flatMap(TmxReader::origin).orElse(Origin.TMX);
    return Optional.of(
        new TmUnit(
            source,
            target,
            sourceContent,
            targetContent,
            property(tu, PREVIOUS),
            property(tu, NEXT),
            origin,
            created,
            changed));
  }

  private static Optional<Instant> date(TextContainer tuv, ITextUnit tu, String name) {
    return property(tuv, name)
        .flatMap(TmxDates::parse)
        .or(() -> property(tu, name).flatMap(TmxDates::parse));
  }

  private static Optional<String> property(IWithProperties resource, String name) {
    Property property = resource.getProperty(name);
    return property == null ? Optional.empty() : Optional.ofNullable(property.getValue());
  }

  private static Optional<Origin> origin(String label) {
    try {
      return Optional.of(Origin.fromLabel(label));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
