package org.tarjuman.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates a large Arabic plain-text document from the seed article's paragraphs with controlled
 * variation: a fixed random seed picks paragraphs, changes their numbers, and now and then joins
 * two paragraphs or repeats one exactly, so the text has the seed's mix of punctuation, codes and
 * repetitions without being one block copied over and over.
 */
final class ArabicCorpus {

  static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private ArabicCorpus() {}

  static List<String> seedParagraphs() throws IOException {
    try (InputStream in = ArabicCorpus.class.getClassLoader().getResourceAsStream(SEED)) {
      if (in == null) {
        throw new IOException("seed article not on the classpath: " + SEED);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Writes at least {@code bytes} bytes of UTF-8 text, one paragraph per line. */
  static long write(Path out, long bytes, long seed) throws IOException {
    List<String> paragraphs = seedParagraphs();
    Random random = new Random(seed);
    long written = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      while (written < bytes) {
        String paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
        int roll = random.nextInt(10);
        if (roll < 6) {
          paragraph = renumber(paragraph, random);
        } else if (roll < 8) {
          paragraph =
              renumber(paragraph, random)
                  + " "
                  + renumber(paragraphs.get(random.nextInt(paragraphs.size())), random);
        } // else: an exact repetition of a seed paragraph
        writer.write(paragraph);
        writer.write('\n');
        written += paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
      }
    }
    return written;
  }

  private static String renumber(String paragraph, Random random) {
    Matcher m = NUMBER.matcher(paragraph);
    StringBuilder out = new StringBuilder(paragraph.length() + 8);
    while (m.find()) {
      m.appendReplacement(out, Integer.toString(1 + random.nextInt(2030)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
