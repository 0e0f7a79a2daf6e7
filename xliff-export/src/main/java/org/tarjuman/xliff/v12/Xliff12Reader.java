package org.tarjuman.xliff.v12;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Status;
import org.tarjuman.xliff.model.CodeIds;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.model.ReturnedFileBuilder;
import org.tarjuman.xliff.model.ReturnedUnit;
import org.tarjuman.xliff.model.XliffVersion;
import org.tarjuman.xliff.xml.SafeXmlReader;
import org.tarjuman.xliff.xml.XliffRoot;

/**
 * Reads an XLIFF 1.2 file (XLIFF 1.2 §xliff) as it comes back from a CAT tool, streaming it with
 * StAX.
 *
 * <p>The structure is {@code <xliff>}, {@code <file>} (languages and {@code original}), {@code
 * <body>}, any {@code <group>} nesting, and {@code <trans-unit>} with {@code <source>}, {@code
 * <target>} and {@code <note>}s; the document id and version come from the {@code <context>}s that
 * {@link Xliff12Writer} wrote. Headers, {@code <seg-source>}, {@code <alt-trans>}, {@code
 * <bin-unit>} and other namespaces' elements are skipped, so the extensions CAT tools add are
 * harmless. {@code xml:space} is inherited down to the content (§xml:space).
 *
 * <p>Errors name the file, line and column. The reader holds one unit at a time besides the units
 * already read, so the file's size is bounded by those, not by a document tree.
 */
public final class Xliff12Reader {

  private static final Set<String> NESTING = Set.of("xliff", "file", "body", "group");

  /**
   * Reads a file.
   *
   * @throws InvalidInputException when the file is not well-formed, not XLIFF 1.2, or not made by
   *     Tarjuman (only after it was read without error)
   */
  public ReturnedFile read(Path file) {
    try (SafeXmlReader xml = SafeXmlReader.open(file)) {
      return new Parse(xml, new ReturnedFileBuilder(xml.fileLabel(), XliffVersion.V1_2)).run();
    }
  }

  /**
   * Reads a file as {@link #read(Path)} does, handing each unit to {@code units} as it is read
   * instead of keeping it; the file returned has no units.
   */
  public ReturnedFile read(Path file, Consumer<ReturnedUnit> units) {
    try (SafeXmlReader xml = SafeXmlReader.open(file)) {
      return new Parse(xml, ReturnedFileBuilder.streaming(xml.fileLabel(), XliffVersion.V1_2, units))
          .run();
    }
  }

  /**
   * The file's head, read up to its first unit: empty when it does not name its document and
   * languages before that.
   *
   * @throws InvalidInputException for anything wrong with what was read
   */
  public Optional<ReturnedFile> head(Path file) {
    try (SafeXmlReader xml = SafeXmlReader.open(file)) {
      ReturnedFileBuilder head = ReturnedFileBuilder.headOnly(xml.fileLabel(), XliffVersion.V1_2);
      new Parse(xml, head).read();
      return head.head();
    }
  }

  private static final class Parse {
    private final SafeXmlReader xml;
    private final ReturnedFileBuilder file;
    private final Deque<Boolean> preserve = new ArrayDeque<>();

    Parse(SafeXmlReader xml, ReturnedFileBuilder file) {
      this.xml = xml;
      this.file = file;
    }

    ReturnedFile run() {
      read();
      return file.build();
    }

    /** Reads the file to its end, or until the builder is done. */
    void read() {
      XMLStreamReader root = xml.nextStartElement();
      if (!XliffRoot.NS_12.equals(root.getNamespaceURI()) || !root.getLocalName().equals("xliff")) {
        throw xml.error("the root element is not <xliff> of XLIFF 1.2");
      }
      preserve.push(preserveOf(root, false));
      while (xml.hasNext() && !file.done()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          startElement();
        } else if (event == XMLStreamConstants.END_ELEMENT
            && XliffRoot.NS_12.equals(xml.stream().getNamespaceURI())
            && NESTING.contains(xml.stream().getLocalName())) {
          preserve.pop();
        }
      }
    }

    private void startElement() {
      XMLStreamReader element = xml.stream();
      if (!XliffRoot.NS_12.equals(element.getNamespaceURI())) {
        xml.skipElement();
        return;
      }
      String name = element.getLocalName();
      switch (name) {
        case "file" -> {
          file.startFile();
          file.languages(
              element.getAttributeValue(null, "source-language"),
              element.getAttributeValue(null, "target-language"));
          file.documentName(element.getAttributeValue(null, "original"));
          preserve.push(preserveOf(element, preserve.peek()));
        }
        case "body", "group" -> preserve.push(preserveOf(element, preserve.peek()));
        case "context-group" -> readContextGroup();
        case "trans-unit" -> readUnit();
        case "source", "target", "seg-source", "alt-trans", "ph", "bpt", "ept", "g", "x" ->
            throw xml.error("<" + name + "> outside <trans-unit>; is this XLIFF 1.2?");
        case "xliff" -> throw xml.error("<xliff> inside <xliff>; is this XLIFF 1.2?");
        default -> xml.skipElement(); // header, note, bin-unit, count-group, prop-group
      }
    }

    private void readContextGroup() {
      while (true) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          return;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String type = xml.stream().getAttributeValue(null, "context-type");
          String value = xml.elementText();
          if (Xliff12Writer.DOCUMENT_ID.equals(type)) {
            file.documentId(value);
          } else if (Xliff12Writer.DOCUMENT_VERSION.equals(type)) {
            file.documentVersion(value);
          }
        }
      }
    }

    private void readUnit() {
      XMLStreamReader element = xml.stream();
      String id = element.getAttributeValue(null, "id");
      if (id == null || id.isBlank()) {
        throw xml.error("<trans-unit> without an id (XLIFF 1.2 §trans-unit requires one)");
      }
      String approved = element.getAttributeValue(null, "approved");
      String position = xml.position();
      UnitBody body = readUnitBody(id, preserveOf(element, preserve.peek()));
      if (body.source() == null) {
        throw new InvalidInputException(
            position + "<trans-unit id=\"" + id + "\"> has no <source>");
      }
      Optional<Content> target =
          Optional.ofNullable(body.target())
              .map(t -> ReturnedUnit.withSourceCodes(t, body.source()));
      Optional<Status> status =
          target.isEmpty() ? Optional.empty() : Xliff12States.statusOf(body.state(), approved);
      if (!file.add(new ReturnedUnit(id, body.source(), target, status, body.notes()))) {
        throw new InvalidInputException(
            position + "a second <trans-unit> with id \"" + id + "\"; unit ids must be unique");
      }
    }

    /** Reads a trans-unit's children up to its end tag. */
    private UnitBody readUnitBody(String id, boolean unitPreserve) {
      CodeIds codeIds = new CodeIds();
      UnitBody body = new UnitBody();
      while (xml.next() != XMLStreamConstants.END_ELEMENT) {
        if (xml.stream().getEventType() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        boolean core = XliffRoot.NS_12.equals(xml.stream().getNamespaceURI());
        switch (core ? xml.stream().getLocalName() : "") {
          case "source" -> {
            if (body.source != null) {
              throw xml.error("a second <source> in <trans-unit id=\"" + id + "\">");
            }
            body.source = Xliff12InlineReader.read(xml, codeIds, unitPreserve);
          }
          case "target" -> {
            if (body.source == null) {
              throw xml.error("<target> before <source> in <trans-unit id=\"" + id + "\">");
            }
            body.state = xml.stream().getAttributeValue(null, "state");
            body.target = Xliff12InlineReader.read(xml, codeIds, unitPreserve);
          }
          case "note" -> body.notes.add(xml.elementText());
          default -> xml.skipElement(); // seg-source, alt-trans, context-group, extensions
        }
      }
      return body;
    }

    private static boolean preserveOf(XMLStreamReader element, boolean inherited) {
      String space = element.getAttributeValue(XMLConstants.XML_NS_URI, "space");
      return space == null ? inherited : space.equals("preserve");
    }
  }

  /** What a trans-unit holds, as its children are read. */
  private static final class UnitBody {
    private Content source;
    private Content target;
    private String state;
    private final List<String> notes = new ArrayList<>();

    Content source() {
      return source;
    }

    Content target() {
      return target;
    }

    String state() {
      return state;
    }

    List<String> notes() {
      return notes;
    }
  }
}
