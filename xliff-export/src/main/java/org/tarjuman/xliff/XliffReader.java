package org.tarjuman.xliff;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.model.ReturnedFileBuilder;
import org.tarjuman.xliff.model.ReturnedUnit;
import org.tarjuman.xliff.model.XliffVersion;
import org.tarjuman.xliff.v12.Xliff12Reader;
import org.tarjuman.xliff.v2.Xliff2Reader;
import org.tarjuman.xliff.xml.SafeXmlReader;
import org.tarjuman.xliff.xml.XliffRoot;

/**
 * Reads an XLIFF 1.2 or 2.x file (XLIFF 1.2 §xliff, XLIFF 2.1 §4.2.2) that Tarjuman exported and a
 * CAT tool edited.
 *
 * <p>The root element decides (XLIFF 1.2 §xliff: namespace {@code
 * urn:oasis:names:tc:xliff:document:1.2}, {@code version="1.2"}; XLIFF 2.1 §4.2.2 {@code <xliff>}:
 * namespace {@code urn:oasis:names:tc:xliff:document:2.0}, {@code version="2.x"}): XLIFF 1.2 goes
 * to {@link Xliff12Reader}, XLIFF 2.0 and 2.1 to {@link Xliff2Reader}. Both stream the file and
 * refuse a document type declaration before reading anything it points to.
 *
 * <p>Every problem is an {@link InvalidInputException} whose message starts with the file name (and
 * line and column where the XML says): not well-formed, a DOCTYPE, another format or version,
 * invalid XLIFF, and last, for a file read without error that Tarjuman did not export, {@value
 * ReturnedFileBuilder#NOT_EXPORTED}.
 */
public final class XliffReader {

  private final Xliff12Reader xliff12 = new Xliff12Reader();
  private final Xliff2Reader xliff2;

  /** A reader for XLIFF 1.2 and for XLIFF 2 with the modules' fragment-identifier prefixes. */
  public XliffReader() {
    this(Map.of());
  }

  /**
   * A reader that also knows XLIFF 2 extensions' fragment-identifier prefixes (see {@link
   * Xliff2Reader#Xliff2Reader(Map)}).
   */
  public XliffReader(Map<String, String> xliff2FragmentPrefixes) {
    this.xliff2 = new Xliff2Reader(xliff2FragmentPrefixes);
  }

  /**
   * Reads a file.
   *
   * @throws InvalidInputException for anything wrong with the file
   */
  public ReturnedFile read(Path file) {
    return switch (versionOf(file)) {
      case V1_2 -> xliff12.read(file);
      case V2_1 -> xliff2.read(file);
    };
  }

  /**
   * Reads a file as {@link #read(Path)} does, handing each unit to {@code units} as it is read
   * instead of keeping it: the file returned has no units. The file's problems are found as they
   * come, so {@code units} may have had some units when the exception comes.
   *
   * @throws InvalidInputException for anything wrong with the file
   */
  public ReturnedFile read(Path file, Consumer<ReturnedUnit> units) {
    return switch (versionOf(file)) {
      case V1_2 -> xliff12.read(file, units);
      case V2_1 -> xliff2.read(file, units);
    };
  }

  /**
   * The file's head, read only up to its first unit: its version, languages, document name, id and
   * version, and no units. Empty when the file does not name all of them before its first unit.
   *
   * @throws InvalidInputException for anything wrong with what was read
   */
  public Optional<ReturnedFile> head(Path file) {
    return switch (versionOf(file)) {
      case V1_2 -> xliff12.head(file);
      case V2_1 -> xliff2.head(file);
    };
  }

  private static XliffVersion versionOf(Path file) {
    return XliffRoot.read(file).requireVersion(SafeXmlReader.labelOf(file));
  }
}
