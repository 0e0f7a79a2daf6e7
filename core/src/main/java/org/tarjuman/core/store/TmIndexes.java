package org.tarjuman.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.tm.IdCoverage;
import org.tarjuman.core.tm.TmIndex;

/**
 * The in-memory fuzzy indexes of a workspace's TM, one per language pair, kept up to date with
 * {@code tm_units} without making a look-up wait for another user's large import.
 *
 * <p>The first look-up of a pair reads all its units (so a one-shot {@code tm lookup} sees the
 * whole TM). After that, each look-up reads at most {@code catchUp} units with ids above the
 * highest it has read, the newest first, so a unit another user has just confirmed is found at
 * once. Every id below the highest one that the index has not read ({@link IdCoverage}) is a gap:
 * units left for later when more than {@code catchUp} were new, units of a transaction that was
 * still open when the look-up read past its ids (a long TMX import allocates its ids first and
 * commits last, so a short confirmation commits a higher id before them), and ids no row will ever
 * have (rolled back). Gaps are filled in the background, one task at a time per workspace: it
 * counts the committed units up to the highest id read and, when that count differs from the ids
 * read, reads the gaps' rows; look-ups meanwhile search the index as it is (exact look-ups, in SQL,
 * see every committed unit at once). A look-up starts that task when it left units for later, or
 * when gaps remain and the last check is older than {@code checkEveryNanos}, doubled (up to 32
 * times) after each check that found nothing and reset when a look-up or check finds new units,
 * so gaps no row will fill cost little while nobody writes.
 *
 * <p>Rows are read by id alone, so that the primary key is used: with the pair in the condition, a
 * database may prefer the (pair, key) index and read every unit of the pair. Units are never
 * removed or re-keyed by Tarjuman, so the index only grows; a unit deleted by other means is
 * skipped when its row is fetched.
 */
final class TmIndexes {

  /** How many new units a look-up reads itself, at most. */
  static final int CATCH_UP = 100;

  private static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
  // Gaps with fewer read ids than this between them are read with one query.
  private static final int BRIDGE = 1000;
  private static final String COLUMNS =
      "SELECT id, source_lang, target_lang, source_key, source_codes FROM tm_units";
  private static final String ALL = COLUMNS + " ORDER BY id";
  private static final String NEWEST =
      COLUMNS + " WHERE id > :after ORDER BY id DESC LIMIT :limit";
  private static final String RANGE = COLUMNS + " WHERE id BETWEEN :from AND :to ORDER BY id";
  private static final String COMMITTED =
      "SELECT COUNT(*) FROM tm_units WHERE id BETWEEN :from AND :to";

  private final Map<String, Pair> byPair = new ConcurrentHashMap<>();
  private final Jdbi jdbi;
  private final Executor background;
  private final int catchUp;
  private final long checkEveryNanos;

  /**
   * Indexes that fill gaps with {@code background}, reading through {@code jdbi}.
   *
   * @param catchUp the most new units a look-up reads itself
   * @param checkEveryNanos how long a look-up leaves remaining gaps before it checks them again
   */
  TmIndexes(Jdbi jdbi, Executor background, int catchUp, long checkEveryNanos) {
    this.jdbi = jdbi;
    this.background = background;
    this.catchUp = catchUp;
    this.checkEveryNanos = checkEveryNanos;
  }

  /** Indexes that fill gaps on a daemon thread of their own, which ends when idle. */
  static TmIndexes withBackgroundThread(Jdbi jdbi) {
    ThreadPoolExecutor thread =
        new ThreadPoolExecutor(
            1,
            1,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread t = new Thread(task, "tarjuman-tm-index");
              t.setDaemon(true);
              return t;
            });
    thread.allowCoreThreadTimeOut(true);
    return new TmIndexes(jdbi, thread, CATCH_UP, CHECK_EVERY_NANOS);
  }

  /**
   * The pair's index: complete on the pair's first look-up, afterwards with the newest units
   * {@code handle} sees and whatever the background task has read so far.
   *
   * @throws StorageException when the last background task failed (it is tried again next time)
   */
  TmIndex current(Handle handle, String source, String target) {
    Pair pair =
        byPair.computeIfAbsent(
            source + "\u0000" + target, k -> new Pair(source, target, checkEveryNanos));
    RuntimeException failed = pair.failure.getAndSet(null);
    if (failed != null) {
      throw new StorageException(
          "could not bring the fuzzy index of " + source + " to " + target + " up to date: "
              + failed.getMessage(),
          failed);
    }
    synchronized (pair) {
      if (!pair.loaded) {
        // In a transaction, so that PostgreSQL streams the rows instead of holding them all.
        handle.useTransaction(
            h -> h.createQuery(ALL).setFetchSize(1000).map(pair::offer).forEach(id -> {}));
        pair.loaded = true;
        pair.lastCheck = System.nanoTime();
        return pair.index;
      }
    }
    int read =
        handle
            .createQuery(NEWEST)
            .bind("after", pair.ids.highest())
            .bind("limit", catchUp)
            .map(pair::offer)
            .list()
            .size();
    if (read > 0) {
      pair.checkDelay = checkEveryNanos;
    }
    if (read == catchUp
        || pair.ids.hasGaps() && System.nanoTime() - pair.lastCheck >= pair.checkDelay) {
      if (pair.queued.compareAndSet(false, true)) {
        background.execute(() -> fillGaps(pair));
      }
    }
    return pair.index;
  }

  /** Reads the gaps' committed rows until a pass finds nothing new; keeps a failure for later. */
  private void fillGaps(Pair pair) {
    try {
      long found;
      long total = 0;
      do {
        pair.lastCheck = System.nanoTime();
        found = jdbi.inTransaction(h -> fillGapsOnce(h, pair));
        total += found;
      } while (found > 0);
      // Gaps that stay empty (rolled back) are checked less and less often while nobody writes.
      pair.checkDelay =
          total > 0 ? checkEveryNanos : Math.min(2 * pair.checkDelay, 32 * checkEveryNanos);
    } catch (RuntimeException e) {
      pair.failure.set(e);
    } finally {
      pair.queued.set(false);
    }
  }

  /** The number of units read into the gaps; none when the count shows no gap has a row. */
  private static long fillGapsOnce(Handle handle, Pair pair) {
    long upTo = pair.ids.highest();
    if (!pair.ids.hasGaps()) {
      return 0;
    }
    // From the first gap only: the ids below it were all read, and the count reads an index range.
    long from = pair.ids.firstUnread();
    long committed =
        handle.createQuery(COMMITTED).bind("from", from).bind("to", upTo).mapTo(Long.class).one();
    long before = pair.ids.countBetween(from, upTo);
    // Equal when no gap has a committed row (no unit is deleted, so every id read is counted).
    if (committed == before) {
      return 0;
    }
    for (IdCoverage.Range gap : pair.ids.unread(upTo, BRIDGE)) {
      handle
          .createQuery(RANGE)
          .bind("from", gap.from())
          .bind("to", gap.to())
          .setFetchSize(1000)
          .map(pair::offer)
          .forEach(id -> {});
    }
    return pair.ids.countBetween(from, upTo) - before;
  }

  /** One language pair's index and what is known about the ids it has read. */
  private static final class Pair {
    private final String source;
    private final String target;
    private final TmIndex index = new TmIndex();
    private final IdCoverage ids = new IdCoverage();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private volatile long lastCheck;
    private volatile long checkDelay;
    private boolean loaded;

    Pair(String source, String target, long checkDelay) {
      this.source = source;
      this.target = target;
      this.checkDelay = checkDelay;
    }

    /** Indexes a row (of any pair) unless it was read before; returns its id. */
    long offer(ResultSet rs, StatementContext ctx) throws SQLException {
      long id = rs.getLong(1);
      boolean unread;
      try {
        unread = ids.markRead(id);
      } catch (IllegalArgumentException e) {
        throw new StorageException("TM unit id " + id + " cannot be in the fuzzy index", e);
      }
      if (unread && source.equals(rs.getString(2)) && target.equals(rs.getString(3))) {
        index.add(id, rs.getString(4), InlineCodesFormat.parse(rs.getString(5)));
      }
      return id;
    }
  }
}
