package org.tarjuman.core.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.TmHit;
import org.tarjuman.core.model.TmStats;
import org.tarjuman.core.model.TmUnit;

/**
 * The translation memory: units per language pair, found by exact key, by fuzzy score, or by
 * concordance. Keys are {@link org.tarjuman.core.text.ArabicNormaliser} keys of the sources.
 */
public interface TmStore {

  /**
   * Adds units in one transaction. The producer pushes units into the sink it is given; if it
   * throws, nothing is added and the exception propagates. A unit whose pair, normalised source and
   * target text are already in the TM is left out.
   */
  TmWriteReport add(Consumer<Consumer<TmUnit>> producer);

  /** Units of the pair whose normalised source equals the query's, the latest changed first. */
  List<TmCandidate> exact(Locale source, Locale target, Content query, int limit);

  /**
   * The units of the pair scoring at least {@code minScore} (1 to 100) against the query, best
   * first, the later unit first on equal scores; none is missed ({@link
   * org.tarjuman.core.tm.TmIndex}).
   */
  List<TmCandidate> fuzzy(Locale source, Locale target, Content query, int minScore, int limit);

  /**
   * Concordance: units whose normalised source contains the query, optionally of one source or
   * target language, the latest changed first.
   */
  List<TmHit> concordance(
      String query, Optional<Locale> source, Optional<Locale> target, int limit);

  /**
   * Concordance in the targets: units whose normalised target contains the query, optionally into
   * one target language, the latest changed first. Targets have no key column, so this reads the
   * units of the pair one by one until {@code limit} are found.
   */
  List<TmHit> targetConcordance(String query, Optional<Locale> target, int limit);

  /** Unit counts, in all and per language pair. */
  TmStats stats();

  /**
   * Writes exact TM matches as draft translations (origin {@code tm-exact}) of segments that have
   * no translation into {@code target} yet, in one transaction, and counts each use of a TM unit.
   * Returns the number of drafts written.
   */
  int writeDrafts(Locale target, List<SegmentDraft> drafts);

  /** Pushes the units of a pair (or of every pair when not given) to the sink, oldest first. */
  void forEach(Optional<Locale> source, Optional<Locale> target, Consumer<TmUnit> sink);
}
