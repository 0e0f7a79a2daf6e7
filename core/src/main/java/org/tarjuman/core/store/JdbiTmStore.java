package org.tarjuman.core.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.TmHit;
import org.tarjuman.core.model.TmStats;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.text.ArabicNormaliser;
import org.tarjuman.core.tm.FuzzyScore;
import org.tarjuman.core.tm.IndexHit;
import org.tarjuman.core.tm.TmIndex;

/**
 * The TM on a relational database through JDBI ({@code tm_units}, Flyway V1), every value a bound
 * parameter. Exact look-ups use the index on (pair, key); fuzzy look-ups use an in-memory {@link
 * TmIndex} per language pair ({@link TmIndexes}) and then read the found rows by id. Writes are one
 * transaction each. Obtained from {@link Workspace#tm()}.
 */
public final class JdbiTmStore implements TmStore {

  private final Jdbi jdbi;
  private final TmIndexes indexes;

  JdbiTmStore(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.indexes = TmIndexes.withBackgroundThread(jdbi);
  }

  @Override
  public TmWriteReport add(Consumer<Consumer<TmUnit>> producer) {
    try {
      return jdbi.inTransaction(
          handle -> {
            TmUnitWriter writer = new TmUnitWriter(handle);
            producer.accept(writer::add);
            return writer.finish();
          });
    } catch (JdbiException e) {
      throw new StorageException(
          "could not add units to the TM: " + JdbiDocumentStore.causeMessage(e), e);
    }
  }

  @Override
  public List<TmCandidate> exact(Locale source, Locale target, Content query, int limit) {
    checkLimit(limit);
    String key = ArabicNormaliser.normalise(query);
    return read(
        "exact TM matches",
        handle ->
            new TmReader(handle)
                .byKey(source, target, key, limit).stream()
                    .map(u -> candidate(u, query, key))
                    .toList());
  }

  @Override
  public List<TmCandidate> fuzzy(
      Locale source, Locale target, Content query, int minScore, int limit) {
    checkLimit(limit);
    if (minScore < 1 || minScore > 100) {
      throw new InvalidInputException("the minimum score must be 1 to 100, not " + minScore);
    }
    String key = ArabicNormaliser.normalise(query);
    return read(
        "fuzzy TM matches",
        handle -> {
          TmIndex index = indexes.current(handle, source.toLanguageTag(), target.toLanguageTag());
          List<IndexHit> hits = index.search(key, query.codes(), minScore, limit);
          Map<Long, TmReader.StoredUnit> rows =
              new TmReader(handle).byIds(hits.stream().map(IndexHit::id).toList());
          List<TmCandidate> out = new ArrayList<>();
          for (IndexHit hit : hits) {
            TmReader.StoredUnit row = rows.get(hit.id());
            if (row != null) {
              out.add(new TmCandidate(hit.id(), row.unit(), hit.score()));
            }
          }
          return out;
        });
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidInputException when the query is empty once normalised
   */
  @Override
  public List<TmHit> concordance(
      String query, Optional<Locale> source, Optional<Locale> target, int limit) {
    checkLimit(limit);
    String key = ArabicNormaliser.normalise(query);
    if (key.isEmpty()) {
      throw new InvalidInputException("nothing to search for in '" + query + "'");
    }
    return read(
        "TM units matching '" + query + "'",
        handle -> new TmReader(handle).concordance(key, source, target, limit));
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidInputException when the query is empty once normalised
   */
  @Override
  public List<TmHit> targetConcordance(String query, Optional<Locale> target, int limit) {
    checkLimit(limit);
    String key = ArabicNormaliser.normalise(query);
    if (key.isEmpty()) {
      throw new InvalidInputException("nothing to search for in '" + query + "'");
    }
    return read(
        "TM units translated as '" + query + "'",
        handle -> new TmReader(handle).targetConcordance(key, target, limit));
  }

  @Override
  public int writeDrafts(Locale target, List<SegmentDraft> drafts) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try {
      return jdbi.inTransaction(handle -> new DraftWriter(handle, now).write(target, drafts));
    } catch (JdbiException e) {
      if (LockTimeout.isCause(e)) {
        throw LockTimeout.documentOfSegment(jdbi, drafts.get(0).segmentId(), e);
      }
      throw new StorageException(
          "could not write TM drafts: " + JdbiDocumentStore.causeMessage(e), e);
    }
  }

  @Override
  public TmStats stats() {
    return read("the TM counts", handle -> new TmReader(handle).stats());
  }

  @Override
  public void forEach(Optional<Locale> source, Optional<Locale> target, Consumer<TmUnit> sink) {
    read(
        "the TM units",
        handle -> {
          new TmReader(handle).forEach(source, target, sink);
          return null;
        });
  }

  private static TmCandidate candidate(TmReader.StoredUnit row, Content query, String key) {
    int score =
        FuzzyScore.score(
            key,
            query.codes(),
            ArabicNormaliser.normalise(row.unit().source()),
            row.unit().source().codes());
    return new TmCandidate(row.id(), row.unit(), score);
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new InvalidInputException("the number of matches must be at least 1, not " + limit);
    }
  }

  private <T> T read(String what, HandleCallback<T, RuntimeException> callback) {
    try {
      return jdbi.withHandle(callback);
    } catch (JdbiException e) {
      throw new StorageException(
          "cannot read " + what + ": " + JdbiDocumentStore.causeMessage(e), e);
    }
  }
}
