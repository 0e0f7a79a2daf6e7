package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.store.BatchScope;
import org.tarjuman.core.store.TranslationSink;
import org.tarjuman.core.store.TranslationStore;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * {@code import-xliff} of a file with more units than {@link ChunkedImport} decides at once: the
 * chunks add up to the right counts, a problem late in the file stores nothing of the chunks
 * already written, and a re-import of the document while the file is imported either makes it
 * superseded (stored nothing) or waits for it and carries its translations over.
 */
class ChunkedImportIT {

  private static final int SEGMENTS = 2 * ChunkedImport.CHUNK + 300;
  private static final Locale EN = Locale.forLanguageTag("en");

  @TempDir Path dir;
  private LocalWorkbench workbench;
  private XliffService service;

  @BeforeEach
  void importALongDocument() throws IOException {
    Path text =
        Files.writeString(
            dir.resolve("long.txt"),
            IntStream.range(0, SEGMENTS)
                .mapToObj(i -> "هذه هي الجملة رقم " + i + " من النص الطويل.")
                .collect(Collectors.joining("\n", "", "\n")));
    workbench = LocalWorkbench.open(WorkspaceConfig.inFolder(dir.resolve("workspace")));
    workbench.importFile(
        new ImportRequest(
            text, Locale.forLanguageTag("ar"), List.of(EN), Optional.empty(), Optional.empty()),
        ImportProgress.NONE);
    service = new XliffService(workbench.documentStore(), workbench.translationStore());
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @ParameterizedTest
  @EnumSource(XliffVersion.class)
  void everyUnitOfEveryChunkIsCountedAndStored(XliffVersion version) throws IOException {
    Path translated = translatedExport(version);

    ImportXliffReport report = service.importXliff(translated);

    assertThat(report.updated()).isEqualTo(SEGMENTS);
    assertThat(report.rejections()).isEmpty();
    assertThat(report.tmUnitsAdded()).isEqualTo(SEGMENTS);
    assertThat(segments()).allSatisfy(s -> assertThat(s.translations()).hasSize(1));
    assertThat(service.importXliff(translated).unchanged()).isEqualTo(SEGMENTS);
  }

  @ParameterizedTest
  @EnumSource(XliffVersion.class)
  void aFileCutOffAfterTwoChunksOfGoodUnitsStoresNothing(XliffVersion version) throws IOException {
    byte[] translated = Files.readAllBytes(translatedExport(version));
    Path broken =
        Files.write(dir.resolve("broken.xlf"), Arrays.copyOf(translated, translated.length - 300));

    assertThatThrownBy(() -> service.importXliff(broken))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("broken.xlf");
    assertThat(segments()).allSatisfy(s -> assertThat(s.translations()).isEmpty());
    assertThat(workbench.tmStats().units()).isZero();
  }

  @Test
  void aFileWhoseDocumentIsReimportedWhileItIsReadIsRejectedAsSupersededAndStoresNothing()
      throws IOException {
    Path translated = translatedExport(XliffVersion.V1_2);
    Path text = dir.resolve("long.txt");
    TranslationStore real = workbench.translationStore();
    // The head said version 1 is the latest; version 2 arrives before the import's transaction.
    TranslationStore reimportingFirst =
        (TranslationStore)
            Proxy.newProxyInstance(
                TranslationStore.class.getClassLoader(),
                new Class<?>[] {TranslationStore.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("apply") && args.length == 2) {
                    Files.writeString(text, Files.readString(text) + "جملة أضيفت لاحقا.\n");
                    workbench.importFile(
                        new ImportRequest(
                            text,
                            Locale.forLanguageTag("ar"),
                            List.of(EN),
                            Optional.empty(),
                            Optional.empty()),
                        ImportProgress.NONE);
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });

    ImportXliffReport report =
        new XliffService(workbench.documentStore(), reimportingFirst).importXliff(translated);

    assertThat(report.updated()).isZero();
    assertThat(report.rejections())
        .hasSize(SEGMENTS)
        .allSatisfy(r -> assertThat(r.reason()).isEqualTo(Rejection.Reason.VERSION_SUPERSEDED));
    assertThat(workbench.segments("long.txt", 1, Optional.of(EN), Optional.empty()))
        .allSatisfy(s -> assertThat(s.translations()).isEmpty());
    assertThat(workbench.tmStats().units()).isZero();
  }

  @Test
  void aStoreFailureOnTheFirstChunkStoresNothingAndStopsReadingTheRestOfTheFile() throws IOException {
    Path translated = translatedExport(XliffVersion.V1_2);
    TranslationStore real = workbench.translationStore();
    TranslationStore failingOnFirstChunk =
        (TranslationStore)
            Proxy.newProxyInstance(
                TranslationStore.class.getClassLoader(),
                new Class<?>[] {TranslationStore.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("apply") && args.length == 2) {
                    @SuppressWarnings("unchecked")
                    Consumer<TranslationSink> producer = (Consumer<TranslationSink>) args[1];
                    args[1] = (Consumer<TranslationSink>) sink -> producer.accept(failing(sink));
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });

    assertThatThrownBy(
            () ->
                new XliffService(workbench.documentStore(), failingOnFirstChunk)
                    .importXliff(translated))
        .isInstanceOf(StorageException.class)
        .hasMessage("disk full");
    assertThat(segments()).allSatisfy(s -> assertThat(s.translations()).isEmpty());
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("tarjuman-xliff-reader"));
  }

  /**
   * A sink whose first write fails as a full disk would, while the rest of the file waits to be
   * handed over.
   */
  private static TranslationSink failing(TranslationSink sink) {
    return (TranslationSink)
        Proxy.newProxyInstance(
            TranslationSink.class.getClassLoader(),
            new Class<?>[] {TranslationSink.class},
            (proxy, method, args) -> {
              if (method.getName().equals("write")) {
                throw new StorageException("disk full", new IOException("No space left on device"));
              }
              try {
                return method.invoke(sink, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void aFileWhoseDocumentIsReimportedWhileItsChunksAreWrittenIsRejectedAsSupersededAndStoresNothing()
      throws Exception {
    Path translated = translatedExport(XliffVersion.V1_2);
    translateFirstSegment();
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    XliffService pausing =
        pausingAfter(
            "write",
            () -> {
              written.countDown();
              await(resume);
            });
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<ImportXliffReport> importing = pool.submit(() -> pausing.importXliff(translated));
      await(written);

      reimport(ImportProgress.NONE);
      resume.countDown();
      ImportXliffReport report = importing.get(120, TimeUnit.SECONDS);

      assertThat(report.updated()).isZero();
      assertThat(report.rejections())
          .hasSize(SEGMENTS)
          .allSatisfy(r -> assertThat(r.reason()).isEqualTo(Rejection.Reason.VERSION_SUPERSEDED));
    } finally {
      pool.shutdownNow();
    }
    assertThat(englishTexts(1)).containsExactly("Sentence zero.");
    List<SegmentView> latest = segments(2);
    assertThat(latest.get(0).translations().get(0).content().plainText())
        .isEqualTo("Sentence zero.");
    assertThat(latest)
        .flatMap(SegmentView::translations)
        .noneSatisfy(t -> assertThat(t.content().plainText()).startsWith("EN: "));
    assertThat(workbench.tmStats().units()).isEqualTo(1);
  }

  @Test
  void aReimportWhileTheFileIsCommittedWaitsForItAndCarriesItsTranslationsOver()
      throws Exception {
    Path translated = translatedExport(XliffVersion.V1_2);
    translateFirstSegment();
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    XliffService pausing =
        pausingAfter(
            "lockLatestVersion",
            () -> {
              locked.countDown();
              await(resume);
            });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<ImportXliffReport> importing = pool.submit(() -> pausing.importXliff(translated));
      await(locked);
      CountDownLatch unitsStored = new CountDownLatch(1);
      Future<?> reimporting = pool.submit(() -> reimport((units, segments) -> unitsStored.countDown()));
      boolean storedWhileLocked = unitsStored.await(1, TimeUnit.SECONDS);
      resume.countDown();

      assertThat(storedWhileLocked).as("the re-import got past the import's lock").isFalse();
      assertThat(importing.get(120, TimeUnit.SECONDS).updated()).isEqualTo(SEGMENTS);
      reimporting.get(120, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    List<SegmentView> latest = segments(2);
    assertThat(latest).hasSize(SEGMENTS + 1);
    assertThat(latest.subList(0, SEGMENTS))
        .allSatisfy(
            s ->
                assertThat(s.translations())
                    .singleElement()
                    .satisfies(t -> assertThat(t.content().plainText()).startsWith("EN: "))
                    .satisfies(t -> assertThat(t.origin()).isEqualTo(Origin.CARRIED_OVER)));
  }

  /**
   * An {@link XliffService} whose store runs {@code pause} in the producer's thread right after the
   * sink's first call of the method named {@code method}, inside the import's transaction.
   */
  private XliffService pausingAfter(String method, Runnable pause) {
    TranslationStore real = workbench.translationStore();
    AtomicBoolean paused = new AtomicBoolean();
    TranslationStore store =
        (TranslationStore)
            Proxy.newProxyInstance(
                TranslationStore.class.getClassLoader(),
                new Class<?>[] {TranslationStore.class},
                (proxy, m, args) -> {
                  if (m.getName().equals("apply") && args.length == 2) {
                    @SuppressWarnings("unchecked")
                    Consumer<TranslationSink> producer = (Consumer<TranslationSink>) args[1];
                    return real.apply(
                        (BatchScope) args[0],
                        sink -> producer.accept(pausingSink(sink, method, paused, pause)));
                  }
                  return invoke(m, real, args);
                });
    return new XliffService(workbench.documentStore(), store);
  }

  private static TranslationSink pausingSink(
      TranslationSink real, String method, AtomicBoolean paused, Runnable pause) {
    return (TranslationSink)
        Proxy.newProxyInstance(
            TranslationSink.class.getClassLoader(),
            new Class<?>[] {TranslationSink.class},
            (proxy, m, args) -> {
              Object result = invoke(m, real, args);
              if (m.getName().equals(method) && paused.compareAndSet(false, true)) {
                pause.run();
              }
              return result;
            });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Version 2 of the document: one sentence added at the end. */
  private void reimport(ImportProgress progress) {
    Path text = dir.resolve("long.txt");
    try {
      Files.writeString(text, Files.readString(text) + "جملة أضيفت لاحقا.\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    workbench.importFile(
        new ImportRequest(
            text, Locale.forLanguageTag("ar"), List.of(EN), Optional.empty(), Optional.empty()),
        progress);
  }

  /** A confirmed translation of the first segment, stored before the file is imported. */
  private void translateFirstSegment() {
    workbench.translate(
        segments().get(0).id(), EN, Optional.of("Sentence zero."), Status.TRANSLATED);
  }

  private List<SegmentView> segments(int version) {
    return workbench.segments("long.txt", version, Optional.of(EN), Optional.empty());
  }

  private List<String> englishTexts(int version) {
    return segments(version).stream()
        .flatMap(s -> s.translations().stream())
        .map(t -> t.content().plainText())
        .toList();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(120, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other thread did not get there in 120 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Path translatedExport(XliffVersion version) throws IOException {
    Path exported = dir.resolve("long." + version + ".xlf");
    service.exportXliff("long.txt", EN, version, exported, /* replace= */ true);
    return Files.write(
        dir.resolve("translated." + version + ".xlf"),
        CatTool.translate(version, Files.readAllBytes(exported), "EN: ", n -> true));
  }

  private List<SegmentView> segments() {
    List<SegmentView> segments = workbench.segments("long.txt", Optional.of(EN), Optional.empty());
    assertThat(segments).hasSize(SEGMENTS);
    return segments;
  }
}
