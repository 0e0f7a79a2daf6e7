package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuman.core.store.StoreFixtures.ENGLISH;
import static org.tarjuman.core.store.StoreFixtures.newVersion;
import static org.tarjuman.core.store.StoreFixtures.seedBytes;
import static org.tarjuman.core.store.StoreFixtures.seedUnits;
import static org.tarjuman.core.store.StoreFixtures.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.EarlierTranslation;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;

/**
 * Two users, each with a workspace (and connections) of their own on one database, write the same
 * translations at the same moment: the later write wins and the earlier is in the history.
 */
class ConcurrentTranslationTest {

  private static final int ROUNDS = 6;

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void twoUsersImportingTheSameDocumentAtOnceLoseNoTranslation(TestDatabase database)
      throws Exception {
    try (TestDatabase.Fresh db = database.create(temp);
        Workspace alice = Workspace.open(db.config());
        Workspace bob = Workspace.open(db.config())) {
      Path file = write(temp, "article.txt", seedBytes());
      StoredVersion stored =
          alice.documents().storeVersion(newVersion("article", file), seedUnits()::forEach);
      List<SegmentView> segments =
          alice.documents().segments(stored.documentId(), Optional.empty(), Optional.empty());

      writeAtOnce(stored, segments, alice, bob);

      for (SegmentView segment : segments) {
        Set<String> seen = new HashSet<>();
        TranslationView current = current(bob, segment);
        seen.add(current.content().plainText());
        List<EarlierTranslation> history = alice.translations().history(segment.id(), ENGLISH);
        history.forEach(h -> seen.add(h.translation().content().plainText()));
        assertThat(history).as("segment %d", segment.id()).hasSize(2 * ROUNDS - 1);
        assertThat(seen).as("segment %d", segment.id()).isEqualTo(written(segment));
      }
    }
  }

  /** Each round, both users store a translation of every segment, released by one barrier. */
  private static void writeAtOnce(
      StoredVersion stored, List<SegmentView> segments, Workspace alice, Workspace bob)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String user : List.of("alice", "bob")) {
        Workspace workspace = user.equals("alice") ? alice : bob;
        done.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < ROUNDS; round++) {
                    start.await(30, TimeUnit.SECONDS);
                    workspace.translations().apply(batch(stored, segments, user, round));
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static TranslationBatch batch(
      StoredVersion stored, List<SegmentView> segments, String user, int round) {
    List<TranslationUpdate> updates = new ArrayList<>();
    for (SegmentView segment : segments) {
      updates.add(
          new TranslationUpdate(
              segment.id(), Content.ofText(text(user, round, segment)), Status.DRAFT));
    }
    return new TranslationBatch(
        stored.documentId(), stored.version(), ENGLISH, Origin.XLIFF, updates);
  }

  private static String text(String user, int round, SegmentView segment) {
    return user + " " + round + " " + segment.id();
  }

  private static Set<String> written(SegmentView segment) {
    Set<String> all = new HashSet<>();
    for (int round = 0; round < ROUNDS; round++) {
      all.add(text("alice", round, segment));
      all.add(text("bob", round, segment));
    }
    return all;
  }

  private static TranslationView current(Workspace workspace, SegmentView segment) {
    return workspace.documents().segment(segment.id()).orElseThrow().translations().stream()
        .filter(t -> t.target().equals(ENGLISH))
        .findFirst()
        .orElseThrow();
  }
}
