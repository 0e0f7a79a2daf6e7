package org.tarjuman.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.Format;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.SourceSegment;
import org.tarjuman.core.model.SourceUnit;

/** Documents, units and direct database access for the store's tests. */
final class StoreFixtures {

  static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";
  static final Locale ARABIC = Locale.forLanguageTag("ar");
  static final Locale ENGLISH = Locale.forLanguageTag("en");
  static final Locale FRENCH = Locale.forLanguageTag("fr");
  static final OffsetDateTime CHANGED_AT =
      OffsetDateTime.of(2026, 11, 29, 12, 30, 15, 123_456_000, ZoneOffset.UTC);

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+");
  private static final Pattern TOKEN = Pattern.compile("[#@][\\p{L}\\p{N}_]+");

  private StoreFixtures() {}

  static byte[] seedBytes() {
    try (InputStream in = StoreFixtures.class.getClassLoader().getResourceAsStream(SEED)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed article as the pipeline would hand it over: one unit per line, split after sentence
   * punctuation, hashtags and mentions as placeholder codes.
   */
  static List<SourceUnit> seedUnits() {
    List<SourceUnit> units = new ArrayList<>();
    String[] lines = new String(seedBytes(), StandardCharsets.UTF_8).split("\n");
    for (String line : lines) {
      if (!line.isBlank()) {
        List<SourceSegment> segments = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(line.strip())) {
          segments.add(segment(protect(sentence)));
        }
        units.add(new SourceUnit(units.size(), "tu" + (units.size() + 1), segments));
      }
    }
    return units;
  }

  /** Units of plain-text segments, one unit per argument, segments separated by {@code |}. */
  static List<SourceUnit> units(String... unitTexts) {
    List<SourceUnit> units = new ArrayList<>();
    for (String text : unitTexts) {
      List<SourceSegment> segments = new ArrayList<>();
      for (String sentence : text.split("\\|")) {
        segments.add(segment(Content.ofText(sentence)));
      }
      units.add(new SourceUnit(units.size(), "u" + units.size(), segments));
    }
    return units;
  }

  static SourceSegment segment(Content content) {
    String text = content.textOnly().strip();
    return new SourceSegment(content, text.isEmpty() ? 0 : text.split("\\s+").length);
  }

  static Content protect(String text) {
    StringBuilder coded = new StringBuilder();
    List<InlineCode> codes = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      coded.append(text, last, m.start());
      coded.append(Content.PLACEHOLDER).append((char) (Content.INDEX_BASE + codes.size()));
      String type = m.group().startsWith("#") ? "hashtag" : "mention";
      codes.add(new InlineCode(InlineCode.Kind.PLACEHOLDER, codes.size() + 1, type, m.group()));
      last = m.end();
    }
    coded.append(text.substring(last));
    return new Content(coded.toString(), codes);
  }

  static NewVersion newVersion(String name, Path file) {
    return new NewVersion(
        name,
        ARABIC,
        List.of(ENGLISH, FRENCH),
        new Detection(Format.PLAIN_TEXT, "text/plain", Optional.of(StandardCharsets.UTF_8), false),
        file,
        sha256(file));
  }

  static Path write(Path folder, String fileName, byte[] bytes) {
    try {
      return Files.write(folder.resolve(fileName), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A connection of its own to the default H2 database of a workspace folder. */
  static Connection connect(Path workspaceFolder) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:"
            + workspaceFolder.toAbsolutePath().resolve(DatabaseTarget.H2_FILE_NAME)
            + ";AUTO_SERVER=TRUE",
        "sa",
        "");
  }

  static long count(Path workspaceFolder, String table) throws SQLException {
    try (Connection c = connect(workspaceFolder)) {
      return count(c, table);
    }
  }

  static long count(TestDatabase.Fresh db, String table) throws SQLException {
    try (Connection c = db.connect()) {
      return count(c, table);
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Writes a translation row directly, as the later translation features will. */
  static void insertTranslation(
      TestDatabase.Fresh db, long segmentId, Locale target, String text, String status)
      throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO translations (segment_id, target_lang, target_coded, target_codes,"
                    + " target_plain, status, origin, score, changed_at)"
                    + " VALUES (?, ?, ?, '', ?, ?, 'tm-fuzzy', 87, ?)")) {
      s.setLong(1, segmentId);
      s.setString(2, target.toLanguageTag());
      s.setString(3, text);
      s.setString(4, text);
      s.setString(5, status);
      s.setObject(6, CHANGED_AT);
      s.executeUpdate();
    }
  }

  /**
   * Starts another JVM on this test class path running {@code main}'s {@code main} method with
   * {@code args}, its standard error joined to its output: the process a test kills, halts or
   * holds a workspace with.
   */
  static Process javaMain(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
