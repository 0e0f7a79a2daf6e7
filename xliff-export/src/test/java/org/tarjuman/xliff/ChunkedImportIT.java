package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.store.TranslationSink;
import org.tarjuman.core.store.TranslationStore;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * {@code import-xliff} of a file with more units than {@link ChunkedImport} decides at once: the
 * chunks add up to the right counts, and a problem late in the file stores nothing of the chunks
 * already written.
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
