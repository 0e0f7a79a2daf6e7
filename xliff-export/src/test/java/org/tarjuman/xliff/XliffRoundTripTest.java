package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.model.ReturnedUnit;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * Export, translate as a CAT tool would, import, export again: with the store played by a list of
 * segments, this checks that every translation lands on its segment and comes back.
 */
class XliffRoundTripTest {

  @TempDir Path dir;

  private final XliffReader reader = new XliffReader();
  private final XliffComparison comparison = new XliffComparison();

  @ParameterizedTest
  @EnumSource(XliffVersion.class)
  void anUntouchedFileChangesNothing(XliffVersion version) throws IOException {
    List<SegmentView> stored = ExportFixture.segments();

    ImportPlan plan = importFile(version, export(stored, version), stored);

    assertThat(plan.updates()).isEmpty();
    assertThat(plan.rejections()).isEmpty();
    assertThat(plan.unchanged() + plan.empty()).isEqualTo(stored.size());
  }

  @ParameterizedTest
  @EnumSource(XliffVersion.class)
  void everyTargetFilledInByATranslatorLandsOnItsSegmentAndComesBackTranslated(XliffVersion version)
      throws IOException {
    List<SegmentView> stored = ExportFixture.segments();
    int untranslated = (int) stored.stream().filter(s -> s.translations().isEmpty()).count();
    byte[] translated = CatTool.translate(version, export(stored, version), "EN: ", n -> true);

    ImportPlan plan = importFile(version, translated, stored);
    List<SegmentView> after = apply(plan, stored);
    ReturnedFile again = reader.read(write(export(after, version)));

    assertThat(plan.rejections()).isEmpty();
    assertThat(plan.updated()).isEqualTo(untranslated);
    Map<Long, SegmentView> byId =
        after.stream().collect(Collectors.toMap(SegmentView::id, Function.identity()));
    for (ReturnedUnit unit : again.units()) {
      SegmentView segment = byId.get(Long.parseLong(unit.unitId().substring(1)));
      Content storedTarget = segment.translations().get(0).content();
      assertThat(unit.target()).isPresent();
      assertThat(unit.target().get().plainText()).isEqualTo(storedTarget.plainText());
    }
    assertThat(plan.updates()).allSatisfy(u -> assertThat(u.status()).isEqualTo(Status.TRANSLATED));
    assertThat(again.units())
        .filteredOn(u -> isNewlyTranslated(u, plan))
        .hasSize(untranslated)
        .allSatisfy(u -> assertThat(u.state()).contains(Status.TRANSLATED));
    assertThat(importFile(version, export(after, version), after).updates()).isEmpty();
  }

  private static boolean isNewlyTranslated(ReturnedUnit unit, ImportPlan plan) {
    return plan.updates().stream().anyMatch(u -> u.unitId().equals(unit.unitId()));
  }

  private byte[] export(List<SegmentView> segments, XliffVersion version) {
    ExportInput input =
        new ExportInput(
            SeedArticle.NAME,
            SeedArticle.DOCUMENT_ID,
            SeedArticle.VERSION,
            SeedArticle.AR,
            SeedArticle.EN,
            segments);
    return new XliffExporterTestSupport().export(input, version);
  }

  private Path write(byte[] xliff) throws IOException {
    return Files.write(dir.resolve("article.xlf"), xliff);
  }

  private ImportPlan importFile(XliffVersion version, byte[] xliff, List<SegmentView> stored)
      throws IOException {
    ReturnedFile file = reader.read(write(xliff));
    assertThat(file.version()).isEqualTo(version);
    return comparison.compare(file, stored, List.of(SeedArticle.EN), SeedArticle.VERSION);
  }

  /** What the store does with a plan: each update replaces the segment's translation. */
  private static List<SegmentView> apply(ImportPlan plan, List<SegmentView> stored) {
    Map<Long, TargetUpdate> updates =
        plan.updates().stream().collect(Collectors.toMap(TargetUpdate::segmentId, u -> u));
    List<SegmentView> out = new ArrayList<>();
    for (SegmentView segment : stored) {
      TargetUpdate update = updates.get(segment.id());
      out.add(
          update == null
              ? segment
              : segment.withTranslations(
                  List.of(
                      new TranslationView(
                          plan.target(),
                          update.target(),
                          update.status(),
                          Origin.XLIFF,
                          null,
                          Instant.EPOCH))));
    }
    return out;
  }
}
