package org.tarjuman.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.model.Status;
import org.tarjuman.core.model.TranslationView;

/**
 * The seed article as stored segments: one segment per sentence, hashtags, @mentions and URLs as
 * placeholder codes whose data is the original text, the way the import pipeline stores them.
 */
public final class SeedArticle {

  public static final String NAME = "ar-news-morocco-israel-military-visit.txt";
  public static final long DOCUMENT_ID = 7;
  public static final int VERSION = 2;
  public static final Locale AR = Locale.forLanguageTag("ar");
  public static final Locale EN = Locale.forLanguageTag("en");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.؟!])\\s+");
  private static final Pattern PROTECTED =
      Pattern.compile(
          "(?<hashtag>#[\\p{L}\\p{N}_]+)|(?<mention>@\\w+)|(?<url>pic\\.twitter\\.com/[A-Za-z0-9]+)");

  private SeedArticle() {}

  /** The article's segments, untranslated, with ids from 100 on. */
  public static List<SegmentView> segments() {
    List<SegmentView> out = new ArrayList<>();
    String[] paragraphs = text().split("\n");
    int index = 1;
    for (int unit = 0; unit < paragraphs.length; unit++) {
      for (String sentence : SENTENCE_END.split(paragraphs[unit].strip())) {
        Content source = protect(sentence);
        out.add(
            new SegmentView(
                99 + index,
                DOCUMENT_ID,
                NAME,
                VERSION,
                unit,
                "tu" + (unit + 1),
                index,
                source,
                source.textOnly().split("\\s+").length,
                List.of()));
        index++;
      }
    }
    return out;
  }

  /** The segment with a translation into {@code target}. */
  public static SegmentView translated(SegmentView segment, Content target, Status status) {
    TranslationView translation =
        new TranslationView(
            EN, target, status, Origin.MANUAL, null, Instant.parse("2026-01-02T03:04:05Z"));
    return segment.withTranslations(List.of(translation));
  }

  /** Text with placeholders: each {@code {n}} in {@code text} is the n-th code of {@code codes}. */
  public static Content withCodes(String text, List<InlineCode> codes) {
    StringBuilder coded = new StringBuilder();
    Matcher m = Pattern.compile("\\{(\\d+)}").matcher(text);
    int last = 0;
    while (m.find()) {
      coded.append(text, last, m.start());
      int i = Integer.parseInt(m.group(1));
      char marker =
          switch (codes.get(i).kind()) {
            case OPENING -> Content.OPENING;
            case CLOSING -> Content.CLOSING;
            case PLACEHOLDER -> Content.PLACEHOLDER;
          };
      coded.append(marker).append((char) (Content.INDEX_BASE + i));
      last = m.end();
    }
    coded.append(text.substring(last));
    return new Content(coded.toString(), codes);
  }

  static String text() {
    try (InputStream in = SeedArticle.class.getResourceAsStream("/org/tarjuman/seeds/" + NAME)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Content protect(String sentence) {
    StringBuilder coded = new StringBuilder();
    List<InlineCode> codes = new ArrayList<>();
    Matcher m = PROTECTED.matcher(sentence);
    int last = 0;
    while (m.find()) {
      String type =
          m.group("hashtag") != null ? "hashtag" : m.group("mention") != null ? "mention" : "url";
      coded.append(sentence, last, m.start());
      coded.append(Content.PLACEHOLDER).append((char) (Content.INDEX_BASE + codes.size()));
      codes.add(new InlineCode(InlineCode.Kind.PLACEHOLDER, codes.size() + 1, type, m.group()));
      last = m.end();
    }
    coded.append(sentence.substring(last));
    return new Content(coded.toString(), codes);
  }
}
