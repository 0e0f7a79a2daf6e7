package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.Progress;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.core.store.TranslationBatch;
import org.tarjuman.core.store.TranslationUpdate;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * An aligned translation's score is the alignment's confidence, not a TM match: exporting the
 * aligned seed article writes the same XLIFF (states, {@code <alt-trans>}, {@code <mtc:match>})
 * whether the translations carry their scores or not.
 */
class AlignedExportIT {

  @TempDir Path dir;
  private SeedWorkspace workspace;

  @BeforeEach
  void alignTheSeed() throws IOException {
    workspace = SeedWorkspace.importInto(dir);
    Path english = dir.resolve("article.en.txt");
    String name = SeedArticle.NAME.replace(".txt", ".en.txt");
    try (InputStream in = getClass().getResourceAsStream("/org/tarjuman/seeds/" + name)) {
      Files.copy(in, english);
    }
    workspace.workbench().align(SeedWorkspace.DOCUMENT, english, SeedWorkspace.EN, Progress.NONE);
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void exportsTheSameXliffWithAndWithoutTheAlignmentScores() throws Exception {
    assertThat(workspace.segments())
        .allSatisfy(s -> assertThat(s.translations().get(0).score()).isNotNull());
    byte[] v12 = export(XliffVersion.V1_2, "scored.xlf");
    byte[] v21 = export(XliffVersion.V2_1, "scored.2.1.xlf");

    storeWithoutScores(workspace.segments());

    assertThat(workspace.segments())
        .allSatisfy(s -> assertThat(s.translations().get(0).score()).isNull());
    assertThat(new String(export(XliffVersion.V1_2, "unscored.xlf"), StandardCharsets.UTF_8))
        .isEqualTo(new String(v12, StandardCharsets.UTF_8));
    assertThat(new String(export(XliffVersion.V2_1, "unscored.2.1.xlf"), StandardCharsets.UTF_8))
        .isEqualTo(new String(v21, StandardCharsets.UTF_8));
  }

  private byte[] export(XliffVersion version, String name) throws IOException {
    Path file = dir.resolve(name);
    // With the TM, as export-xliff runs: suggestions come from the TM the alignment filled.
    new XliffService(
            workspace.workbench().documentStore(),
            workspace.workbench().translationStore(),
            workspace.workbench().pretranslation())
        .exportXliff(SeedWorkspace.DOCUMENT, SeedWorkspace.EN, version, file, /* replace= */ true);
    return Files.readAllBytes(file);
  }

  /** The same aligned translations as align stored them, but without a score. */
  private void storeWithoutScores(List<SegmentView> segments) {
    SegmentView any = segments.get(0);
    workspace
        .workbench()
        .translationStore()
        .apply(
            new TranslationBatch(
                any.documentId(),
                any.version(),
                SeedWorkspace.EN,
                Origin.ALIGNED,
                segments.stream()
                    .map(
                        s -> {
                          TranslationView t = s.translations().get(0);
                          return new TranslationUpdate(s.id(), t.content(), t.status());
                        })
                    .toList()));
  }
}
