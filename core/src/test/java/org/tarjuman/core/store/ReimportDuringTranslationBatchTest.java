package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjuman.core.store.StoreFixtures.ENGLISH;
import static org.tarjuman.core.store.StoreFixtures.newVersion;
import static org.tarjuman.core.store.StoreFixtures.units;
import static org.tarjuman.core.store.StoreFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;

/**
 * A long translation batch (an {@code import-xliff}) and a re-import of the same document by
 * another user at the same time serialise on the document's row: a re-import that committed while
 * the batch wrote makes the batch's final {@link TranslationSink#lockLatestVersion()} find its
 * version superseded, and a re-import that starts after the batch locked the document waits for it
 * and then carries its translations over to the new version. Each order is forced with latches.
 * Two re-imports at once serialise on the same lock.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ReimportDuringTranslationBatchTest {

  private static final String[] VERSION_1 = {"Alpha one.|Alpha two.", "Beta."};
  private static final String[] VERSION_2 = {"Alpha one.|Alpha two.", "Beta.", "Gamma."};

  @Parameter TestDatabase database;

  @TempDir Path temp;
  private TestDatabase.Fresh db;
  private Workspace importing;
  private Workspace reimporting;
  private ExecutorService pool;
  private StoredVersion first;
  private List<SegmentView> segments;

  @BeforeEach
  void importADocumentWithOneTranslation() throws Exception {
    db = database.create(temp);
    if (database == TestDatabase.POSTGRESQL) {
      // Both wait 10 s for a lock (LockTimeout); a database's own setting is kept, so 3 s here.
      try (Connection c = db.connect();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT current_database()")) {
        rs.next();
        s.execute("ALTER DATABASE " + rs.getString(1) + " SET lock_timeout = '3s'");
      }
    }
    importing = db.workspace();
    reimporting = Workspace.open(db.config());
    pool = Executors.newFixedThreadPool(2);
    Path file = write(temp, "article.txt", "v1".getBytes(StandardCharsets.UTF_8));
    first = importing.documents().storeVersion(newVersion("article", file), units(VERSION_1)::forEach);
    segments = segments(1);
    importing
        .translations()
        .apply(
            new TranslationBatch(
                first.documentId(),
                1,
                ENGLISH,
                Origin.MANUAL,
                List.of(update(segments.get(2), "Beta EN."))));
  }

  @AfterEach
  void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    try {
      if (reimporting != null) {
        reimporting.close();
      }
    } finally {
      if (db != null) {
        db.close();
      }
    }
  }

  @Test
  void aBatchWhoseDocumentWasReimportedWhileItWroteFindsItSupersededAndStoresNothing()
      throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    AtomicBoolean latest = new AtomicBoolean(true);
    IllegalStateException superseded = new IllegalStateException("superseded");
    Future<AppliedTranslations> batch =
        pool.submit(
            () ->
                importing
                    .translations()
                    .apply(
                        scope(),
                        sink -> {
                          sink.write(alphaTranslations());
                          written.countDown();
                          await(resume);
                          latest.set(sink.lockLatestVersion());
                          if (!latest.get()) {
                            throw superseded;
                          }
                        }));
    await(written);

    StoredVersion second = reimport(() -> {});
    resume.countDown();

    assertThatThrownBy(() -> batch.get(60, TimeUnit.SECONDS)).hasCause(superseded);
    assertThat(latest).isFalse();
    assertThat(second.version()).isEqualTo(2);
    assertThat(englishTexts(1)).containsExactly(entry("Beta.", "Beta EN."));
    assertThat(englishTexts(2)).containsExactly(entry("Beta.", "Beta EN."));
  }

  @Test
  void aReimportWaitsForABatchThatLockedTheDocumentThenCarriesItsTranslationsOver()
      throws Exception {
    AtomicBoolean latest = new AtomicBoolean();
    Held<AppliedTranslations> batch = batchHoldingTheLock(latest);

    CountDownLatch versionNumbered = new CountDownLatch(1);
    Future<StoredVersion> second = pool.submit(() -> reimport(versionNumbered::countDown));
    boolean numberedWhileLocked = versionNumbered.await(1, TimeUnit.SECONDS);
    batch.release().countDown();

    assertThat(numberedWhileLocked).as("re-import got past the batch's lock").isFalse();
    assertThat(batch.result().get(60, TimeUnit.SECONDS).written()).isEqualTo(2);
    assertThat(latest).isTrue();
    assertThat(second.get(60, TimeUnit.SECONDS).version()).isEqualTo(2);
    Map<String, String> carried = englishTexts(2);
    assertThat(carried)
        .containsExactly(
            entry("Alpha one.", "Alpha one EN."),
            entry("Alpha two.", "Alpha two EN."),
            entry("Beta.", "Beta EN."));
    assertThat(segments(2).get(0).translations().get(0).origin()).isEqualTo(Origin.CARRIED_OVER);
  }

  @Test
  void aBatchThatCannotLockTheDocumentInTimeStoresNothingAndSaysSo() throws Exception {
    Held<StoredVersion> second = reimportHoldingTheLock();

    try {
      assertThatThrownBy(
              () ->
                  importing
                      .translations()
                      .apply(
                          scope(),
                          sink -> {
                            sink.write(alphaTranslations());
                            sink.lockLatestVersion();
                          }))
          .isInstanceOf(StorageException.class)
          .hasMessage(busy());
    } finally {
      second.release().countDown();
    }

    assertThat(second.result().get(60, TimeUnit.SECONDS).version()).isEqualTo(2);
    assertThat(englishTexts(1)).containsExactly(entry("Beta.", "Beta EN."));
    assertThat(englishTexts(2)).containsExactly(entry("Beta.", "Beta EN."));
  }

  @Test
  void aReimportThatCannotLockTheDocumentInTimeStoresNoVersionAndSaysSo() throws Exception {
    Held<AppliedTranslations> batch = batchHoldingTheLock(new AtomicBoolean());

    try {
      assertThatThrownBy(() -> reimport(() -> {}))
          .isInstanceOf(StorageException.class)
          .hasMessage(busy());
    } finally {
      batch.release().countDown();
    }

    assertThat(batch.result().get(60, TimeUnit.SECONDS).written()).isEqualTo(2);
    assertThat(reimporting.documents().document("article").orElseThrow().version()).isEqualTo(1);
    assertThat(englishTexts(1)).containsEntry("Alpha one.", "Alpha one EN.");
  }

  @Test
  void twoReimportsOfTheSameDocumentAtOnceBecomeConsecutiveVersions() throws Exception {
    Held<StoredVersion> second = reimportHoldingTheLock();

    CountDownLatch otherNumbered = new CountDownLatch(1);
    Future<StoredVersion> third =
        pool.submit(
            () ->
                importing
                    .documents()
                    .storeVersion(
                        newVersion(
                            "article",
                            write(temp, "article-v3.txt", "v3".getBytes(StandardCharsets.UTF_8))),
                        add -> {
                          otherNumbered.countDown();
                          units(VERSION_2).forEach(add);
                        }));
    boolean numberedAtOnce = otherNumbered.await(1, TimeUnit.SECONDS);
    second.release().countDown();

    assertThat(numberedAtOnce).as("both re-imports numbered their version at once").isFalse();
    assertThat(second.result().get(60, TimeUnit.SECONDS).version()).isEqualTo(2);
    assertThat(third.get(60, TimeUnit.SECONDS).version()).isEqualTo(3);
    assertThat(englishTexts(3)).containsExactly(entry("Beta.", "Beta EN."));
  }

  /** Work started on the pool, holding the document's lock until {@code release} counts down. */
  private record Held<T>(Future<T> result, CountDownLatch release) {}

  /**
   * Starts a batch that writes Alpha's translations, locks the document ({@code latest} gets its
   * answer) and holds the lock until released; returns once it holds it.
   */
  private Held<AppliedTranslations> batchHoldingTheLock(AtomicBoolean latest) {
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<AppliedTranslations> batch =
        pool.submit(
            () ->
                importing
                    .translations()
                    .apply(
                        scope(),
                        sink -> {
                          sink.write(alphaTranslations());
                          latest.set(sink.lockLatestVersion());
                          locked.countDown();
                          await(release);
                        }));
    await(locked);
    return new Held<>(batch, release);
  }

  /**
   * Starts a re-import that holds the document's lock, once its version is numbered, until
   * released; returns once it holds it.
   */
  private Held<StoredVersion> reimportHoldingTheLock() {
    CountDownLatch numbered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<StoredVersion> reimport =
        pool.submit(
            () ->
                reimport(
                    () -> {
                      numbered.countDown();
                      await(release);
                    }));
    await(numbered);
    return new Held<>(reimport, release);
  }

  /**
   * Stores version 2 from the other workspace; {@code onNumbered} runs once the version row is
   * written, that is after the document's row was locked, before the units are written.
   */
  private StoredVersion reimport(Runnable onNumbered) {
    Path file = write(temp, "article-v2.txt", "v2".getBytes(StandardCharsets.UTF_8));
    return reimporting
        .documents()
        .storeVersion(
            newVersion("article", file),
            add -> {
              onNumbered.run();
              units(VERSION_2).forEach(add);
            });
  }

  /** What a writer that waited in vain for the other one's lock on the document says. */
  private String busy() {
    return "document "
        + first.documentId()
        + " (article) is being written by another console (a re-import or an import-xliff?);"
        + " nothing was stored; run the command again when that write has finished";
  }

  private BatchScope scope() {
    return new BatchScope(first.documentId(), 1, ENGLISH, Origin.XLIFF);
  }

  private List<TranslationUpdate> alphaTranslations() {
    return List.of(
        update(segments.get(0), "Alpha one EN."), update(segments.get(1), "Alpha two EN."));
  }

  private static TranslationUpdate update(SegmentView segment, String text) {
    return new TranslationUpdate(segment.id(), Content.ofText(text), Status.TRANSLATED);
  }

  private List<SegmentView> segments(int version) {
    return reimporting
        .documents()
        .segments(first.documentId(), version, Optional.of(ENGLISH), Optional.empty());
  }

  /** Source to English text of the version's translated segments, in document order. */
  private Map<String, String> englishTexts(int version) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (SegmentView segment : segments(version)) {
      for (TranslationView translation : segment.translations()) {
        texts.put(segment.source().plainText(), translation.content().plainText());
      }
    }
    return texts;
  }

  private static Map.Entry<String, String> entry(String source, String target) {
    return Map.entry(source, target);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other thread did not get there in 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
