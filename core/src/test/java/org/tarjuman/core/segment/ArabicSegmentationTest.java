package org.tarjuman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjuman.core.model.Content;

/**
 * Tarjuman's bundled rules on Arabic, hand-checked: each case gives the unit and its expected
 * segments. The text is segmented as it is (no token protection), so URLs, e-mail addresses and
 * domain names must hold together by the rules alone.
 */
class ArabicSegmentationTest {

  private static final Segmenter ARABIC =
      SrxRules.bundled().segmenterFor(Locale.forLanguageTag("ar"));

  static Stream<Arguments> breaks() {
    return Stream.of(
        arguments(
            "breaks after a period before an Arabic word",
            "ذهب أحمد إلى المدرسة. ثم عاد إلى البيت.",
            List.of("ذهب أحمد إلى المدرسة.", "ثم عاد إلى البيت.")),
        arguments(
            "breaks after the Arabic question mark",
            "هل أنت هنا؟ نعم أنا هنا.",
            List.of("هل أنت هنا؟", "نعم أنا هنا.")),
        arguments(
            "breaks after an exclamation mark",
            "يا له من يوم جميل! لنخرج الآن.",
            List.of("يا له من يوم جميل!", "لنخرج الآن.")),
        arguments(
            "breaks after the ellipsis character", "انتظر… ثم ذهب.", List.of("انتظر…", "ثم ذهب.")),
        arguments("breaks after three dots", "انتظر... ثم ذهب.", List.of("انتظر...", "ثم ذهب.")),
        arguments(
            "breaks once after ؟!",
            "هل هذا صحيح؟! لا أعتقد ذلك.",
            List.of("هل هذا صحيح؟!", "لا أعتقد ذلك.")),
        arguments("breaks once after !!", "رائع!! سنلتقي غدا.", List.of("رائع!!", "سنلتقي غدا.")),
        arguments(
            "breaks once after ?! in an English word before Arabic",
            "Really?! سنرى ذلك.",
            List.of("Really?!", "سنرى ذلك.")),
        arguments("breaks once after ؟؟", "هل تأتي؟؟ نعم سآتي.", List.of("هل تأتي؟؟", "نعم سآتي.")),
        arguments(
            "breaks after a closing straight quote",
            "قال \"انتهينا.\" ثم غادر.",
            List.of("قال \"انتهينا.\"", "ثم غادر.")),
        arguments(
            "breaks after a closing guillemet",
            "قال «انتهينا.» ثم غادر.",
            List.of("قال «انتهينا.»", "ثم غادر.")),
        arguments(
            "breaks after a closing curly quote",
            "قال “انتهينا.” ثم غادر.",
            List.of("قال “انتهينا.”", "ثم غادر.")),
        arguments(
            "breaks after a closing single quote",
            "قال ‘نعم.’ ثم ذهب.",
            List.of("قال ‘نعم.’", "ثم ذهب.")),
        arguments(
            "breaks after a closing bracket",
            "(وهذا ما حدث.) ثم انتهى الاجتماع.",
            List.of("(وهذا ما حدث.)", "ثم انتهى الاجتماع.")),
        arguments(
            "breaks after a closing square bracket",
            "[انظر الملحق.] ثم تابع القراءة.",
            List.of("[انظر الملحق.]", "ثم تابع القراءة.")),
        arguments(
            "breaks after a question in quotes",
            "قال: “هل تأتي؟” فأجاب أحمد.",
            List.of("قال: “هل تأتي؟”", "فأجاب أحمد.")),
        arguments(
            "breaks before a sentence that starts with a digit",
            "انتهى العام. 2021 كان أفضل.",
            List.of("انتهى العام.", "2021 كان أفضل.")),
        arguments(
            "breaks before a sentence that starts with an Arabic-Indic digit",
            "انتهى العام. ٢٠٢١ كان أفضل.",
            List.of("انتهى العام.", "٢٠٢١ كان أفضل.")),
        arguments(
            "breaks after a year that ends a sentence",
            "وقع الاتفاق عام 2020. وقال الوزير إنه مهم.",
            List.of("وقع الاتفاق عام 2020.", "وقال الوزير إنه مهم.")),
        arguments(
            "breaks after a year in Arabic-Indic digits that ends a sentence",
            "وقع الاتفاق عام ٢٠٢٠. وقال الوزير إنه مهم.",
            List.of("وقع الاتفاق عام ٢٠٢٠.", "وقال الوزير إنه مهم.")),
        arguments(
            "breaks before a sentence that opens with a straight quote",
            "انتهى الاجتماع. \"لقد نجحنا\" قال الرئيس.",
            List.of("انتهى الاجتماع.", "\"لقد نجحنا\" قال الرئيس.")),
        arguments(
            "breaks before a sentence that opens with a guillemet",
            "انتهى الاجتماع. «لقد نجحنا» قال الرئيس.",
            List.of("انتهى الاجتماع.", "«لقد نجحنا» قال الرئيس.")),
        arguments(
            "breaks between sentences written with full tashkeel",
            "قَالَ الرَّئِيسُ كَلِمَتَهُ. وَأَضَافَ أَنَّهُ مُتَفَائِلٌ.",
            List.of("قَالَ الرَّئِيسُ كَلِمَتَهُ.", "وَأَضَافَ أَنَّهُ مُتَفَائِلٌ.")),
        arguments(
            "breaks between sentences written with tatweel",
            "جـيـش كـبـيـر. وقـوي جـدا.",
            List.of("جـيـش كـبـيـر.", "وقـوي جـدا.")),
        arguments(
            "breaks after a word that ends in د (not the abbreviation د.)",
            "وصلنا إلى البلد. أحمد كان هناك.",
            List.of("وصلنا إلى البلد.", "أحمد كان هناك.")),
        arguments(
            "breaks after a word that ends in م (not the abbreviation م.)",
            "درسنا العلم. مريم تفوقت.",
            List.of("درسنا العلم.", "مريم تفوقت.")),
        arguments(
            "breaks after a word that ends in ه (not the abbreviation ه.)",
            "هذا كتابه. هو يحبه كثيرا.",
            List.of("هذا كتابه.", "هو يحبه كثيرا.")),
        arguments(
            "breaks after a word that ends in ج (not the abbreviation ج.)",
            "ركبنا الأمواج. جميل هو البحر.",
            List.of("ركبنا الأمواج.", "جميل هو البحر.")),
        arguments(
            "breaks between an Arabic and an English sentence",
            "انتهى الاجتماع. The meeting ended.",
            List.of("انتهى الاجتماع.", "The meeting ended.")),
        arguments(
            "breaks between an English and an Arabic sentence",
            "He said hello. ثم غادر.",
            List.of("He said hello.", "ثم غادر.")),
        arguments(
            "breaks after an English name that ends an Arabic sentence",
            "التقى الرئيس بـ Joe Biden. ثم عاد.",
            List.of("التقى الرئيس بـ Joe Biden.", "ثم عاد.")),
        arguments(
            "breaks after the Arabic question mark before English",
            "هل أنت هنا؟ Yes I am.",
            List.of("هل أنت هنا؟", "Yes I am.")),
        arguments(
            "breaks three sentences with three different terminators",
            "الجملة الأولى. الجملة الثانية؟ الجملة الثالثة!",
            List.of("الجملة الأولى.", "الجملة الثانية؟", "الجملة الثالثة!")),
        arguments(
            "breaks after a domain name that ends a sentence",
            "زوروا www.aljazeera.net. وشكرا لكم.",
            List.of("زوروا www.aljazeera.net.", "وشكرا لكم.")),
        arguments(
            "breaks at a line break",
            "السطر الأول\nالسطر الثاني",
            List.of("السطر الأول", "السطر الثاني")));
  }

  static Stream<Arguments> doesNotBreak() {
    return Stream.of(
        arguments("does not break after د. (doctor)", "قال د. أحمد إن الوضع مستقر."),
        arguments("does not break after أ.د. (professor doctor)", "حاضر أ.د. محمد علي في الجامعة."),
        arguments("does not break after ص.ب. (P.O. box)", "أرسل الرسالة إلى ص.ب. 1234 في الرياض."),
        arguments("does not break after م. (AD)", "ولد عام 570 م. في مكة المكرمة."),
        arguments("does not break after هـ. (AH, with tatweel)", "توفي سنة 1420 هـ. في المدينة."),
        arguments("does not break after ه. (AH)", "توفي سنة 1420 ه. في المدينة."),
        arguments("does not break after ق.م. (BC)", "في القرن الخامس ق.م. عاش فيلسوف مشهور."),
        arguments("does not break after ج. and ص. (volume, page)", "انظر ج. 2 ص. 45 من الكتاب."),
        arguments("does not break after م. (engineer)", "قال المهندس م. خالد إن المشروع جاهز."),
        arguments("does not break after ت. (telephone)", "اتصل على ت. 0123456 للاستفسار."),
        arguments("does not break after an Arabic initial", "كتب ع. محمود مقالا مهما."),
        arguments("does not break after مج. (volume)", "انظر مج. 3 من الموسوعة."),
        arguments(
            "does not break inside a decimal number", "ارتفع النمو بنسبة 3.5 في المئة هذا العام."),
        arguments(
            "does not break at the Arabic decimal separator",
            "ارتفع النمو بنسبة ٢٫٥ في المئة هذا العام."),
        arguments(
            "does not break inside a decimal in Arabic-Indic digits",
            "ارتفع النمو بنسبة ٣.٥ في المئة."),
        arguments("does not break inside a dotted date", "وقع الاتفاق في 10.12.2020 في الرباط."),
        arguments("does not break at a thousands separator", "بلغت الكلفة 5,000 دولار تقريبا."),
        arguments(
            "does not break after a section number such as 1.5.",
            "راجع الفقرة 1.5. من الدليل قبل البدء."),
        arguments("does not break after a list number", "1. البند الأول من الاتفاق"),
        arguments(
            "does not break after a list number in Arabic-Indic digits",
            "١. البند الأول من الاتفاق"),
        arguments("does not break after a section number at the start", "2.3. نطاق الدراسة"),
        arguments(
            "does not break inside a URL with a query",
            "اقرأ المقال على https://www.aljazeera.net/news/2022/9/8/article?id=5 ثم علق."),
        arguments(
            "does not break inside a www address", "زوروا www.aljazeera.net للمزيد من الأخبار."),
        arguments("does not break inside a domain name", "يملك موقع example.com منذ سنوات."),
        arguments(
            "does not break inside an e-mail address",
            "راسلونا على info@aljazeera.net لأي استفسار."),
        arguments("does not break inside an Arabic domain name", "تابعوا الجزيرة.نت يوميا."),
        arguments("does not break after a Latin initial", "قال J. Smith إن الأمر انتهى."),
        arguments("does not break after several Latin initials", "كتب J. R. R. Tolkien رواياته."),
        arguments("does not break after a Latin title", "وصل Dr. Smith إلى القاهرة."),
        arguments("does not break after e.g. in Arabic text", "بعض الأمثلة e.g. هذا المثال."),
        arguments("does not break at a colon", "قال الوزير: إن الوضع مستقر."),
        arguments(
            "does not break at a colon before a quotation", "قال الوزير: \"إن الوضع مستقر\"."),
        arguments("does not break at a colon before a guillemet", "قال الوزير: «الوضع مستقر»."),
        arguments("does not break at a colon before a capital letter", "قال: Yes we can."),
        arguments("does not break at the Arabic semicolon", "حضر الوزراء؛ وغاب السفراء."),
        arguments("does not break at the Arabic comma", "حضر الوزير، ثم غادر مسرعا."),
        arguments(
            "does not break after a question mark without a following space", "ماذا؟لماذا حدث هذا"),
        arguments("does not break after (!)", "قال إنه سيفوز (!) في الانتخابات."),
        arguments("does not break after (؟)", "وصل العدد إلى مليون (؟) شخص."),
        arguments(
            "does not break inside pic.twitter.com links and mentions",
            "منه pic.twitter.com/RIuybObm5n— افيخاي ادرعي (@AvichayAdraee) September 8, 2022"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaks")
  void breaksArabicTextIntoTheExpectedSentences(
      String behaviour, String unit, List<String> expected) {
    assertThat(segmentsOf(ARABIC, unit)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("doesNotBreak")
  void keepsArabicTextThatIsOneSentenceInOneSegment(String behaviour, String unit) {
    assertThat(segmentsOf(ARABIC, unit)).containsExactly(unit);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ar", "ar-EG", "ar-SA", "ar-MA", "arz", "ary", "apc", "AR"})
  void appliesTheArabicRulesToArabicAndItsVarieties(String tag) {
    Segmenter segmenter = SrxRules.bundled().segmenterFor(Locale.forLanguageTag(tag));

    assertThat(segmentsOf(segmenter, "قال: Yes we can. وذهب د. أحمد."))
        .containsExactly("قال: Yes we can.", "وذهب د. أحمد.");
  }

  @Test
  void okapisDefaultRulesWouldBreakAtTheColonThatArabicKeeps() {
    Segmenter undetermined = SrxRules.bundled().segmenterFor(Locale.ROOT);

    assertThat(segmentsOf(undetermined, "قال: Yes we can.")).containsExactly("قال:", "Yes we can.");
    assertThat(segmentsOf(ARABIC, "قال: Yes we can.")).containsExactly("قال: Yes we can.");
  }

  static List<String> segmentsOf(Segmenter segmenter, String unit) {
    return segmenter.segment(Content.ofText(unit)).stream().map(Content::plainText).toList();
  }
}
