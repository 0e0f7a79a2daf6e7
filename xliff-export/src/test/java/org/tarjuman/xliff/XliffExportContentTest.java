package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.XliffVersion;
import org.w3c.dom.Element;

/** What the exported files say: metadata, ids, notes, codes, states and suggestions. */
class XliffExportContentTest {

  private static final String HASHTAG = "#جيش_الدفاع";

  private final ExportInput input = ExportFixture.input();
  private final List<SegmentView> segments = ExportFixture.segmentsOf(input);
  private final int hashtag = ExportFixture.hashtagIndex(segments);

  private XmlEdit export(XliffVersion version) {
    return XmlEdit.of(new XliffExporterTestSupport().export(input, version));
  }

  private String unitId(int index) {
    return "s" + segments.get(index).id();
  }

  @Nested
  class Xliff12 {
    private final XmlEdit xliff = export(XliffVersion.V1_2);

    @Test
    void fileNamesTheDocumentItsLanguagesAndCarriesItsIdAndVersion() {
      Element file = xliff.one("/x:xliff/x:file");

      assertThat(file.getAttribute("original")).isEqualTo(SeedArticle.NAME);
      assertThat(file.getAttribute("source-language")).isEqualTo("ar");
      assertThat(file.getAttribute("target-language")).isEqualTo("en");
      assertThat(
              xliff
                  .one(
                      "//x:group/x:context-group[@name='tarjuman']"
                          + "/x:context[@context-type='x-tarjuman-document-id']")
                  .getTextContent())
          .isEqualTo("7");
      assertThat(
              xliff
                  .one(
                      "//x:group/x:context-group[@name='tarjuman']"
                          + "/x:context[@context-type='x-tarjuman-document-version']")
                  .getTextContent())
          .isEqualTo("2");
    }

    @Test
    void writesOneTransUnitPerSegmentWithTheSegmentIdAndANoteNamingIt() {
      List<Element> units = xliff.all("//x:trans-unit");

      assertThat(units)
          .extracting(u -> u.getAttribute("id"))
          .containsExactlyElementsOf(segments.stream().map(s -> "s" + s.id()).toList());
      assertThat(xliff.one("//x:trans-unit[@id='" + unitId(4) + "']/x:note").getTextContent())
          .contains(SeedArticle.NAME, "version 2", "segment " + segments.get(4).id());
    }

    @Test
    void writesTheHashtagAsPhKeepingItsOriginalText() {
      Element ph = xliff.one("//x:trans-unit[@id='" + unitId(hashtag) + "']/x:source/x:ph");

      assertThat(ph.getTextContent()).isEqualTo(HASHTAG);
      assertThat(ph.getAttribute("equiv-text")).isEqualTo(HASHTAG);
      assertThat(
              xliff
                  .one("//x:trans-unit[@id='" + unitId(hashtag) + "']/x:target/x:ph")
                  .getAttribute("id"))
          .isEqualTo(ph.getAttribute("id"));
    }

    @Test
    void writesTranslationsAsTargetsWithTheirState() {
      assertThat(state(ExportFixture.TRANSLATED)).isEqualTo("translated");
      assertThat(state(ExportFixture.DRAFT)).isEqualTo("needs-translation");
      assertThat(state(ExportFixture.REVIEWED)).isEqualTo("signed-off");
      assertThat(state(hashtag)).isEqualTo("final");
      assertThat(unit(ExportFixture.REVIEWED).getAttribute("approved")).isEqualTo("yes");
      assertThat(unit(ExportFixture.TRANSLATED).hasAttribute("approved")).isFalse();
      assertThat(xliff.all("//x:trans-unit[@id='" + unitId(5 + 4) + "']/x:target")).isEmpty();
    }

    @Test
    void writesASuggestionAsAltTransWithScoreAndOrigin() {
      Element alt =
          xliff.one("//x:trans-unit[@id='" + unitId(ExportFixture.SUGGESTED) + "']/x:alt-trans");

      assertThat(alt.getAttribute("match-quality")).isEqualTo("87");
      assertThat(alt.getAttribute("origin")).isEqualTo("tm-fuzzy");
      assertThat(xliff.one("//x:alt-trans/x:target").getTextContent())
          .isEqualTo(ExportFixture.FUZZY_TARGET);
      assertThat(state(ExportFixture.SUGGESTED)).isEqualTo("new");
    }

    private Element unit(int index) {
      return xliff.one("//x:trans-unit[@id='" + unitId(index) + "']");
    }

    private String state(int index) {
      return xliff
          .one("//x:trans-unit[@id='" + unitId(index) + "']/x:target")
          .getAttribute("state");
    }
  }

  @Nested
  class Xliff21 {
    private final XmlEdit xliff = export(XliffVersion.V2_1);

    @Test
    void fileNamesTheDocumentItsLanguagesAndCarriesItsIdAndVersion() {
      Element root = xliff.one("/x2:xliff");

      assertThat(root.getAttribute("version")).isEqualTo("2.1");
      assertThat(root.getAttribute("srcLang")).isEqualTo("ar");
      assertThat(root.getAttribute("trgLang")).isEqualTo("en");
      assertThat(xliff.one("/x2:xliff/x2:file").getAttribute("original"))
          .isEqualTo(SeedArticle.NAME);
      assertThat(
              xliff
                  .one("//mda:metaGroup[@category='tarjuman']/mda:meta[@type='document-id']")
                  .getTextContent())
          .isEqualTo("7");
      assertThat(
              xliff
                  .one(
                      "//mda:metaGroup[@category='tarjuman']"
                          + "/mda:meta[@type='document-version']")
                  .getTextContent())
          .isEqualTo("2");
    }

    @Test
    void writesOneUnitWithOneSegmentPerStoredSegmentAndANoteNamingIt() {
      assertThat(xliff.all("//x2:unit"))
          .extracting(u -> u.getAttribute("id"))
          .containsExactlyElementsOf(segments.stream().map(s -> "s" + s.id()).toList());
      assertThat(xliff.all("//x2:unit[count(x2:segment) != 1]")).isEmpty();
      assertThat(xliff.one("//x2:file").getAttribute("canResegment")).isEqualTo("no");
      assertThat(xliff.all("//x2:unit[@canResegment] | //x2:segment[@canResegment]")).isEmpty();
      assertThat(xliff.one("//x2:unit[@id='" + unitId(4) + "']/x2:notes/x2:note").getTextContent())
          .contains(SeedArticle.NAME, "version 2", "segment " + segments.get(4).id());
    }

    @Test
    void writesTheHashtagAsPhKeepingItsOriginalText() {
      String unit = "//x2:unit[@id='" + unitId(hashtag) + "']";
      Element ph = xliff.one(unit + "/x2:segment/x2:source/x2:ph");

      assertThat(ph.getAttribute("disp")).isEqualTo(HASHTAG);
      assertThat(ph.getAttribute("equiv")).isEqualTo(HASHTAG);
      assertThat(
              xliff
                  .one(unit + "/x2:originalData/x2:data[@id='" + ph.getAttribute("dataRef") + "']")
                  .getTextContent())
          .isEqualTo(HASHTAG);
      assertThat(xliff.one(unit + "/x2:segment/x2:target/x2:ph").getAttribute("id"))
          .isEqualTo(ph.getAttribute("id"));
    }

    @Test
    void writesTranslationsAsTargetsWithStateAndSubState() {
      assertThat(segment(ExportFixture.TRANSLATED).getAttribute("state")).isEqualTo("translated");
      assertThat(segment(ExportFixture.TRANSLATED).hasAttribute("subState")).isFalse();
      assertThat(segment(ExportFixture.DRAFT).getAttribute("state")).isEqualTo("initial");
      assertThat(segment(ExportFixture.DRAFT).getAttribute("subState")).isEqualTo("tarjuman:draft");
      assertThat(segment(ExportFixture.REVIEWED).getAttribute("state")).isEqualTo("reviewed");
      assertThat(segment(hashtag).getAttribute("state")).isEqualTo("final");
      assertThat(xliff.all("//x2:unit[@id='" + unitId(9) + "']/x2:segment/x2:target")).isEmpty();
    }

    @Test
    void writesASuggestionAsAMatchWithSimilarityAndOrigin() {
      Element match =
          xliff.one(
              "//x2:unit[@id='" + unitId(ExportFixture.SUGGESTED) + "']/mtc:matches/mtc:match");

      assertThat(match.getAttribute("similarity")).isEqualTo("87.0");
      assertThat(match.getAttribute("origin")).isEqualTo("tm-fuzzy");
      assertThat(match.getAttribute("ref")).isEqualTo("#seg");
      assertThat(xliff.one("//mtc:match/x2:target").getTextContent())
          .isEqualTo(ExportFixture.FUZZY_TARGET);
    }

    private Element segment(int index) {
      return xliff.one("//x2:unit[@id='" + unitId(index) + "']/x2:segment");
    }
  }
}
