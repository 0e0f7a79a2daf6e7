package org.tarjuman.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import com.ctc.wstx.stax.WstxInputFactory;
import org.tarjuman.core.model.Content;

/**
 * A lower bound for issue 3 §7, not Tarjuman's code: in one JVM, the least that any export plus
 * import built on the required parts must do. The export is the baseline itself (Okapi's {@code
 * XLIFFWriter} writing the segments, as in the {@code okapi} mode, with no database read); the
 * import only parses the returned file with Woodstox (the parser Tarjuman reads XLIFF with) and
 * inserts each unit's target text into a one-index H2 table of a new, empty file database (the
 * workspace URL's {@code COMPRESS=TRUE}), in batches of 1,000 and one transaction. No comparison
 * with the stored source, no inline codes, no states, no history, no TM, no second index.
 *
 * <p>With {@code none} for the database folder the import only parses: the floor of reading the
 * file back, with nothing stored.
 *
 * <p>If this floor alone takes more than 1.5 times the baseline, no export plus import that writes
 * with Okapi's writer and stores the targets in H2 in one transaction can meet the target.
 */
final class XliffFloor {

  private static final int BATCH = 1000;

  private XliffFloor() {}

  static void run(List<Content> segments, Path filled, Path out, Path dbDir) throws Exception {
    if (dbDir.toString().equals("none")) {
      measure("floor-parse", segments, filled, out, null);
      return;
    }
    Files.createDirectories(dbDir);
    try (Connection db =
        DriverManager.getConnection(
            "jdbc:h2:file:" + dbDir.resolve("floor") + ";COMPRESS=TRUE", "sa", "")) {
      try (Statement ddl = db.createStatement()) {
        ddl.execute("DROP TABLE IF EXISTS targets");
        ddl.execute(
            "CREATE TABLE targets (segment_id BIGINT PRIMARY KEY, state VARCHAR(32),"
                + " text VARCHAR(1000000))");
      }
      db.setAutoCommit(false);
      measure("floor", segments, filled, out, db);
    }
  }

  private static void measure(
      String mode, List<Content> segments, Path filled, Path out, Connection db) throws Exception {
    XliffBenchmark.Clock clock = XliffBenchmark.Clock.start();
    XliffBenchmark.writeWithOkapi(segments, out);
    double exportSeconds = clock.seconds();
    int stored = parseAndStore(filled, db);
    double seconds = clock.seconds();
    System.out.printf(
        Locale.ROOT,
        "mode=%s segments=%d seconds=%.3f exportSeconds=%.3f importSeconds=%.3f units=%d %s%n",
        mode,
        segments.size(),
        seconds,
        exportSeconds,
        seconds - exportSeconds,
        stored,
        clock.measures());
  }

  /** Reads every unit's target; with a database, stores it there; returns the units read. */
  private static int parseAndStore(Path filled, Connection db) throws Exception {
    WstxInputFactory factory = new WstxInputFactory();
    factory.configureForSpeed();
    int stored = 0;
    try (InputStream in = Files.newInputStream(filled);
        PreparedStatement insert =
            db == null
                ? null
                : db.prepareStatement("INSERT INTO targets (segment_id, state, text) VALUES (?, ?, ?)")) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      String state = null;
      int depth = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (depth > 0) {
            depth++;
          } else if ("target".equals(xml.getLocalName())) {
            depth = 1;
            text.setLength(0);
            state = xml.getAttributeValue(null, "state");
          }
        } else if (depth > 0 && event == XMLStreamConstants.CHARACTERS) {
          text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        } else if (depth > 0 && event == XMLStreamConstants.END_ELEMENT && --depth == 0) {
          ++stored;
          if (insert == null) {
            continue;
          }
          insert.setLong(1, stored);
          insert.setString(2, state);
          insert.setString(3, text.toString());
          insert.addBatch();
          if (stored % BATCH == 0) {
            insert.executeBatch();
          }
        }
      }
      if (insert != null) {
        insert.executeBatch();
        db.commit();
      }
    }
    return stored;
  }
}
