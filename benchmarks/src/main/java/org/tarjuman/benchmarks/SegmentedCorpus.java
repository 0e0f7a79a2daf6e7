package org.tarjuman.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.segment.Segmenter;
import org.tarjuman.core.segment.SrxRules;
import org.tarjuman.core.segment.TokenCodeFinder;

/**
 * Generates a plain-text document with an exact number of segments from the seed article's
 * sentences: one paragraph per line, each of one to three seed sentences with their numbers changed
 * (a fixed random seed), counted with the same code finder and SRX rules the import uses.
 */
final class SegmentedCorpus {

  private static final Locale ARABIC = Locale.forLanguageTag("ar");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private SegmentedCorpus() {}

  /** Writes paragraphs until they hold exactly {@code segments} segments; returns the bytes. */
  static long write(Path out, int segments, long seed) throws IOException {
    Segmenter segmenter = SrxRules.bundled().segmenterFor(ARABIC);
    TokenCodeFinder codes = new TokenCodeFinder();
    List<String> sentences = sentences(segmenter, codes);
    Random random = new Random(seed);
    int written = 0;
    long bytes = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      while (written < segments) {
        int wanted = Math.min(1 + random.nextInt(3), segments - written);
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < wanted; i++) {
          paragraph.append(i == 0 ? "" : " ");
          paragraph.append(renumber(sentences.get(random.nextInt(sentences.size())), random));
        }
        int count = count(paragraph.toString(), segmenter, codes);
        if (written + count <= segments) {
          writer.write(paragraph.toString());
          writer.write('\n');
          written += count;
          bytes += paragraph.toString().getBytes(StandardCharsets.UTF_8).length + 1;
        }
      }
    }
    return bytes;
  }

  /** The seed article's segments as plain text, each of which segments to itself. */
  private static List<String> sentences(Segmenter segmenter, TokenCodeFinder codes)
      throws IOException {
    List<String> sentences = new ArrayList<>();
    for (String paragraph : ArabicCorpus.seedParagraphs()) {
      if (!paragraph.isBlank()) {
        for (Content segment : segmenter.segment(codes.protect(Content.ofText(paragraph)))) {
          sentences.add(segment.plainText());
        }
      }
    }
    return sentences;
  }

  private static int count(String paragraph, Segmenter segmenter, TokenCodeFinder codes) {
    return segmenter.segment(codes.protect(Content.ofText(paragraph))).size();
  }

  private static String renumber(String sentence, Random random) {
    Matcher m = NUMBER.matcher(sentence);
    StringBuilder out = new StringBuilder(sentence.length() + 8);
    while (m.find()) {
      m.appendReplacement(out, Integer.toString(1 + random.nextInt(2030)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
