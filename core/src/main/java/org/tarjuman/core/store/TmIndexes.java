package org.tarjuman.core.store;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tarjuman.core.tm.TmIndex;

/**
 * The in-memory fuzzy indexes of a workspace's TM, one per language pair, each loaded from {@code
 * tm_units} when first needed and brought up to date before every search by reading the units with
 * a higher id than the last one it holds. Units are never removed or re-keyed by Tarjuman, so the
 * index only grows; a unit deleted by other means is skipped when its row is fetched.
 *
 * <p>Limitation: a unit committed with a lower id after a higher one was read (two writers at once)
 * is not indexed until the workspace is reopened.
 */
final class TmIndexes {

  // By id alone, so that the primary key is used: with the pair in the condition, a database may
  // prefer the (pair, key) index and read every unit of the pair on each look-up.
  private static final String NEWER =
      """
      SELECT id, source_lang, target_lang, source_key, source_codes FROM tm_units
      WHERE id > :after ORDER BY id
      """;

  private final Map<String, Indexed> byPair = new HashMap<>();

  /** The pair's index, up to date with the database as {@code handle} sees it. */
  synchronized TmIndex current(Handle handle, String source, String target) {
    Indexed indexed = byPair.computeIfAbsent(source + "\u0000" + target, p -> new Indexed());
    handle
        .createQuery(NEWER)
        .bind("after", indexed.lastId)
        .setFetchSize(1000)
        .map(
            (rs, ctx) -> {
              long id = rs.getLong("id");
              if (source.equals(rs.getString("source_lang"))
                  && target.equals(rs.getString("target_lang"))) {
                indexed.index.add(
                    id,
                    rs.getString("source_key"),
                    InlineCodesFormat.parse(rs.getString("source_codes")));
              }
              indexed.lastId = id;
              return id;
            })
        .forEach(id -> {});
    return indexed.index;
  }

  private static final class Indexed {
    private final TmIndex index = new TmIndex();
    private long lastId;
  }
}
