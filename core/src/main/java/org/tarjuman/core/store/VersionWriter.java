package org.tarjuman.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.SourceSegment;
import org.tarjuman.core.model.SourceUnit;
import org.tarjuman.core.text.ArabicNormaliser;

/**
 * Writes one document version inside a transaction the caller holds: the document row (created for
 * a new name), the version row with the original bytes streamed from the file, then the units and
 * segments in prepared batches flushed every {@value #FLUSH_ROWS} rows as the producer pushes them,
 * so memory use does not grow with the document.
 *
 * <p>An existing document's row is locked ({@code SELECT ... FOR UPDATE}) before the version number
 * is chosen, and stays locked until the transaction ends, so the carry-over that follows in it
 * ({@link VersionLinkWriter}) reads the previous version's translations only after any translation
 * batch that locked the document first ({@link TranslationSink#lockLatestVersion()}) committed.
 */
final class VersionWriter {

  static final int FLUSH_ROWS = 500;

  private static final String INSERT_UNIT =
      "INSERT INTO text_units (version_id, unit_index, unit_key, note)"
          + " VALUES (:version, :index, :key, :note)";
  // The unit's id comes from its (version, index) key, so segments need no generated keys back.
  private static final String INSERT_SEGMENT =
      """
      INSERT INTO segments (version_id, unit_id, position_no, index_in_unit, source_coded,
          source_codes, source_plain, norm_key, word_count, char_count)
      VALUES (:version,
          (SELECT u.id FROM text_units u WHERE u.version_id = :version AND u.unit_index = :unit),
          :position, :indexInUnit, :coded, :codes, :plain, :key, :words, :chars)
      """;

  private final Handle handle;
  private final Instant now;
  private long versionId;
  private PreparedBatch units;
  private PreparedBatch segments;
  private int pendingRows;
  private int unitCount;
  private int segmentCount;
  private long wordCount;

  VersionWriter(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  StoredVersion write(NewVersion version, Consumer<Consumer<SourceUnit>> producer) {
    long documentId = documentId(version);
    int number =
        handle
                .createQuery("SELECT MAX(version_no) FROM document_versions WHERE document_id = :d")
                .bind("d", documentId)
                .mapTo(Integer.class)
                .findOne()
                .orElse(0)
            + 1;
    versionId = insertVersion(documentId, number, version);
    startBatches();
    producer.accept(this::add);
    flush();
    handle
        .createUpdate(
            "UPDATE document_versions SET unit_count = :units, segment_count = :segments,"
                + " word_count = :words WHERE id = :id")
        .bind("units", unitCount)
        .bind("segments", segmentCount)
        .bind("words", wordCount)
        .bind("id", versionId)
        .execute();
    return new StoredVersion(documentId, versionId, number, unitCount, segmentCount, wordCount);
  }

  private long documentId(NewVersion version) {
    Optional<DocumentRow> existing =
        handle
            .createQuery("SELECT id, source_lang FROM documents WHERE name = :name FOR UPDATE")
            .bind("name", version.name())
            .map((rs, ctx) -> new DocumentRow(rs.getLong("id"), rs.getString("source_lang")))
            .findOne();
    String source = version.source().toLanguageTag();
    if (existing.isPresent()) {
      if (!existing.get().sourceLanguage().equals(source)) {
        throw new InvalidInputException(
            "document '"
                + version.name()
                + "' has source language "
                + existing.get().sourceLanguage()
                + ", not "
                + source
                + "; import it with --source "
                + existing.get().sourceLanguage()
                + " or under another --name");
      }
      return existing.get().id();
    }
    return handle
        .createUpdate(
            "INSERT INTO documents (name, source_lang, created_at) VALUES (:name, :source, :at)")
        .bind("name", version.name())
        .bind("source", source)
        .bind("at", Columns.timestamp(now))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  private long insertVersion(long documentId, int number, NewVersion version) {
    try (InputStream original = Files.newInputStream(version.original())) {
      long size = Files.size(version.original());
      return handle
          .createUpdate(
              """
              INSERT INTO document_versions (document_id, version_no, original, original_size,
                  sha256, format, media_type, charset, has_bom, target_langs, imported_at,
                  unit_count, segment_count, word_count)
              VALUES (:document, :number, :original, :size, :sha256, :format, :mediaType,
                  :charset, :bom, :targets, :at, 0, 0, 0)
              """)
          .bind("document", documentId)
          .bind("number", number)
          .bind(
              "original",
              (position, statement, ctx) -> statement.setBinaryStream(position, original, size))
          .bind("size", size)
          .bind("sha256", version.sha256())
          .bind("format", version.detection().format().name())
          .bind("mediaType", version.detection().mediaType())
          .bind("charset", version.detection().charset().map(c -> c.name()).orElse(null))
          .bind("bom", version.detection().bom())
          .bind("targets", Columns.tags(version.targets()))
          .bind("at", Columns.timestamp(now))
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
    } catch (IOException e) {
      throw new InvalidInputException(
          version.original() + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private void add(SourceUnit unit) {
    try {
      units
          .bind("version", versionId)
          .bind("index", unit.index())
          .bind("key", unit.key())
          .bind("note", unit.note().isEmpty() ? null : unit.note())
          .add();
      int indexInUnit = 0;
      for (SourceSegment segment : unit.segments()) {
        addSegment(unit, segment, indexInUnit++);
      }
      unitCount++;
      pendingRows += 1 + unit.segments().size();
      if (pendingRows >= FLUSH_ROWS) {
        flush();
        startBatches();
      }
    } catch (JdbiException e) {
      // Wrapped here, inside the producer, so that no stage mistakes it for its own failure.
      throw new StorageException(
          "could not store unit "
              + unit.index()
              + " ("
              + unit.key()
              + "): "
              + JdbiDocumentStore.causeMessage(e),
          e);
    }
  }

  private void addSegment(SourceUnit unit, SourceSegment segment, int indexInUnit) {
    Content content = segment.content();
    String plain = content.plainText();
    segments
        .bind("version", versionId)
        .bind("unit", unit.index())
        .bind("position", ++segmentCount)
        .bind("indexInUnit", indexInUnit)
        .bind("coded", content.coded())
        .bind("codes", InlineCodesFormat.format(content.codes()))
        .bind("plain", plain)
        .bind("key", ArabicNormaliser.normalise(content))
        .bind("words", segment.words())
        .bind("chars", nonWhitespaceCharacters(plain))
        .add();
    wordCount += segment.words();
  }

  private void startBatches() {
    units = handle.prepareBatch(INSERT_UNIT);
    segments = handle.prepareBatch(INSERT_SEGMENT);
  }

  /** Units first: each segment looks up its unit's id. */
  private void flush() {
    try (PreparedBatch u = units;
        PreparedBatch s = segments) {
      if (u.size() > 0) {
        u.execute();
      }
      if (s.size() > 0) {
        s.execute();
      }
    }
    pendingRows = 0;
  }

  private static int nonWhitespaceCharacters(String text) {
    return (int)
        text.codePoints()
            .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
            .count();
  }

  private record DocumentRow(long id, String sourceLanguage) {}
}
