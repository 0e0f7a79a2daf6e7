package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.XliffVersion;

class XliffExporterTest {

  private final ExportInput input = ExportFixture.input();

  @Test
  void writesXliff12ThatValidatesAgainstTheTransitionalSchema() {
    byte[] xliff = export(XliffVersion.V1_2);

    assertThatCode(() -> Schemas.validate(Schemas.xliff12Transitional(), xliff))
        .doesNotThrowAnyException();
  }

  @Test
  void writesXliff12ThatValidatesAgainstTheStrictSchema() {
    byte[] xliff = export(XliffVersion.V1_2);

    assertThatCode(() -> Schemas.validate(Schemas.xliff12Strict(), xliff))
        .doesNotThrowAnyException();
  }

  @Test
  void writesXliff21ThatValidatesAgainstTheCoreMetadataAndMatchesSchemas() {
    byte[] xliff = export(XliffVersion.V2_1);

    assertThatCode(() -> Schemas.validate(Schemas.xliff2CoreWithModules(), xliff))
        .doesNotThrowAnyException();
  }

  @Test
  void okapiXliffFilterReadsOneTextUnitWithOneSegmentPerStoredSegment() throws Exception {
    byte[] xliff = export(XliffVersion.V1_2);
    List<ITextUnit> units = new ArrayList<>();
    try (XLIFFFilter filter = new XLIFFFilter()) {
      filter.open(
          new RawDocument(
              new ByteArrayInputStream(xliff),
              "UTF-8",
              LocaleId.fromBCP47("ar"),
              LocaleId.fromBCP47("en")));
      while (filter.hasNext()) {
        Event event = filter.next();
        if (event.isTextUnit()) {
          units.add(event.getTextUnit());
        }
      }
    }

    assertThat(units).hasSize(ExportFixture.segmentsOf(input).size());
    assertThat(units).allSatisfy(u -> assertThat(u.getSource().getSegments().count()).isEqualTo(1));
    assertThat(units.get(ExportFixture.TRANSLATED).getTarget(LocaleId.fromBCP47("en")).toString())
        .isEqualTo("The Moroccan delegation will be received.");
  }

  @Test
  void okapiXliff2ReaderValidatesAndReadsOneUnitWithOneSegmentPerStoredSegment() {
    byte[] xliff = export(XliffVersion.V2_1);
    List<Unit> units = new ArrayList<>();
    try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
      reader.open(new String(xliff, StandardCharsets.UTF_8));
      while (reader.hasNext()) {
        net.sf.okapi.lib.xliff2.reader.Event event = reader.next();
        if (event.isUnit()) {
          units.add(event.getUnit());
        }
      }
    }

    assertThat(units).hasSize(ExportFixture.segmentsOf(input).size());
    assertThat(units).allSatisfy(u -> assertThat(u.getSegmentCount()).isEqualTo(1));
    assertThat(units.get(ExportFixture.SUGGESTED).getMatches()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(XliffVersion.class)
  void exportingTwiceGivesTheSameBytes(XliffVersion version) {
    byte[] first = export(version);
    byte[] second = new XliffExporterTestSupport().export(ExportFixture.input(), version);

    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(XliffVersion.class)
  void leavesTheCallersStreamOpen(XliffVersion version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XliffExporter().export(input, version, out);
    int length = out.size();
    new XliffExporter().export(input, version, out);

    assertThat(out.size()).isEqualTo(2 * length);
  }

  private byte[] export(XliffVersion version) {
    return new XliffExporterTestSupport().export(input, version);
  }
}
