package org.tarjuman.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a DOCX-shaped zip bomb: a package of a few megabytes whose {@code word/document.xml}
 * expands to gigabytes, one paragraph of the letter {@code a}. Deflating gigabytes would take a
 * test minutes, so the entry's compressed data is built from one compressed mebibyte repeated: a
 * full flush (RFC 1951 §3.2.4, an empty stored block) ends each piece byte-aligned with nothing
 * carried over, so every mebibyte compresses to the same bytes. The zip's structures (APPNOTE
 * §4.3: local headers, central directory, end record) are written by hand, with true sizes and
 * checksums, so the package is a valid zip.
 */
final class ZipBomb {

  private static final String PREFIX =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>";
  private static final String SUFFIX = "</w:t></w:r></w:p></w:body></w:document>";

  private ZipBomb() {}

  /** Writes the package; {@code document.xml} expands to more than {@code mebibytes} MiB. */
  static Path write(Path file, int mebibytes) throws IOException {
    List<Entry> entries = new ArrayList<>();
    entries.add(
        Entry.of(
            "[Content_Types].xml",
            TestDocuments.contentTypes(
                    "/word/document.xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        + ".main+xml")
                .getBytes(StandardCharsets.UTF_8)));
    entries.add(
        Entry.of(
            "_rels/.rels",
            ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"word/document.xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8)));
    entries.add(bomb(mebibytes));
    try (OutputStream out = Files.newOutputStream(file)) {
      Little zip = new Little(out);
      for (Entry entry : entries) {
        entry.offset = zip.written;
        zip.int32(0x04034b50).int16(20).int16(0).int16(8).int16(0).int16(0x21);
        sizes(zip, entry).int16(entry.name.length).int16(0).bytes(entry.name);
        for (int i = 0; i < entry.repeat; i++) {
          zip.bytes(entry.data.get(i == 0 ? 0 : 1));
        }
        zip.bytes(entry.data.get(2));
      }
      long directory = zip.written;
      for (Entry entry : entries) {
        zip.int32(0x02014b50).int16(20).int16(20).int16(0).int16(8).int16(0).int16(0x21);
        sizes(zip, entry).int16(entry.name.length).int16(0).int16(0).int16(0).int16(0).int32(0);
        zip.int32(entry.offset).bytes(entry.name);
      }
      long size = zip.written - directory;
      zip.int32(0x06054b50).int16(0).int16(0).int16(entries.size()).int16(entries.size());
      zip.int32(size).int32(directory).int16(0);
    }
    return file;
  }

  private static Little sizes(Little zip, Entry entry) throws IOException {
    return zip.int32(entry.crc).int32(entry.compressed).int32(entry.expanded);
  }

  /** document.xml: the prefix and the first mebibyte, the mebibyte again and again, the suffix. */
  private static Entry bomb(int mebibytes) {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    byte[] prefix = PREFIX.getBytes(StandardCharsets.UTF_8);
    byte[] suffix = SUFFIX.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, /* nowrap= */ true);
    byte[] first = deflate(deflater, concat(prefix, chunk), /* last= */ false);
    byte[] again = deflate(deflater, chunk, /* last= */ false);
    byte[] last = deflate(deflater, suffix, /* last= */ true);
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(prefix);
    for (int i = 0; i < mebibytes; i++) {
      crc.update(chunk);
    }
    crc.update(suffix);
    Entry entry = new Entry("word/document.xml", List.of(first, again, last), mebibytes);
    entry.crc = crc.getValue();
    entry.expanded = prefix.length + (long) mebibytes * chunk.length + suffix.length;
    entry.compressed = first.length + (long) (mebibytes - 1) * again.length + last.length;
    return entry;
  }

  /**
   * Compresses {@code input}: the last piece finishes the stream, any other ends with a full flush,
   * byte-aligned and with the history dropped.
   */
  private static byte[] deflate(Deflater deflater, byte[] input, boolean last) {
    deflater.setInput(input);
    if (last) {
      deflater.finish();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    while (true) {
      int n =
          deflater.deflate(
              buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
      out.write(buffer, 0, n);
      if (last ? deflater.finished() : n < buffer.length) {
        return out.toByteArray();
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** One entry: pieces of compressed data, the first written once, the second repeated. */
  private static final class Entry {
    final byte[] name;
    final List<byte[]> data;
    final int repeat;
    long crc;
    long compressed;
    long expanded;
    long offset;

    Entry(String name, List<byte[]> data, int repeat) {
      this.name = name.getBytes(StandardCharsets.UTF_8);
      this.data = data;
      this.repeat = repeat;
    }

    /** A small entry, compressed whole (its "first" piece; nothing repeated). */
    static Entry of(String name, byte[] content) {
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, /* nowrap= */ true);
      byte[] data = deflate(deflater, content, /* last= */ true);
      deflater.end();
      CRC32 crc = new CRC32();
      crc.update(content);
      Entry entry = new Entry(name, List.of(data, new byte[0], new byte[0]), 1);
      entry.crc = crc.getValue();
      entry.compressed = data.length;
      entry.expanded = content.length;
      return entry;
    }
  }

  /** Little-endian output that counts what it wrote. */
  private static final class Little {
    private final OutputStream out;
    long written;

    Little(OutputStream out) {
      this.out = out;
    }

    Little int16(int value) throws IOException {
      out.write(value & 0xff);
      out.write((value >>> 8) & 0xff);
      written += 2;
      return this;
    }

    Little int32(long value) throws IOException {
      return int16((int) (value & 0xffff)).int16((int) ((value >>> 16) & 0xffff));
    }

    Little bytes(byte[] bytes) throws IOException {
      out.write(bytes);
      written += bytes.length;
      return this;
    }
  }
}
