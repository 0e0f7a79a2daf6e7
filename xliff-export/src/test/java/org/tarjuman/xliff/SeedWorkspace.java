package org.tarjuman.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarjuman.core.ingest.ImportProgress;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;

/**
 * A workspace in a folder with the seed article imported by the real pipeline (ar → en), and the
 * XLIFF service over it.
 */
final class SeedWorkspace implements AutoCloseable {

  static final Locale AR = Locale.forLanguageTag("ar");
  static final Locale EN = Locale.forLanguageTag("en");
  static final String DOCUMENT = SeedArticle.NAME;

  private final LocalWorkbench workbench;
  private final XliffService service;

  private SeedWorkspace(LocalWorkbench workbench) {
    this.workbench = workbench;
    this.service = new XliffService(workbench.documentStore(), workbench.translationStore());
  }

  /** Copies the seed article from the class path into {@code folder} and imports it there. */
  static SeedWorkspace importInto(Path folder) throws IOException {
    Path article = folder.resolve(SeedArticle.NAME);
    try (InputStream in =
        SeedWorkspace.class.getResourceAsStream("/org/tarjuman/seeds/" + SeedArticle.NAME)) {
      Files.copy(in, article);
    }
    LocalWorkbench workbench =
        LocalWorkbench.open(WorkspaceConfig.inFolder(folder.resolve("workspace")));
    workbench.importFile(
        new ImportRequest(article, AR, List.of(EN), Optional.empty(), Optional.empty()),
        ImportProgress.NONE);
    return new SeedWorkspace(workbench);
  }

  XliffService service() {
    return service;
  }

  LocalWorkbench workbench() {
    return workbench;
  }

  /** The article's segments with their English translations. */
  List<SegmentView> segments() {
    return workbench.segments(DOCUMENT, Optional.of(EN), Optional.empty());
  }

  @Override
  public void close() {
    workbench.close();
  }
}
