package org.tarjuman.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.BOMDetector;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Detection;
import org.tarjuman.core.model.Format;

/**
 * Detects a file's format and charset with Apache Tika, reading only the file's head (64 KiB, the
 * longest that Tika's magic patterns look at).
 *
 * <p>The steps, in order:
 *
 * <ol>
 *   <li>Tika's {@link MimeTypes} (magic bytes, then the file name) tells the kind of content. A zip
 *       is looked into: it is DOCX only if its {@code [Content_Types].xml} says so ({@link
 *       OpcPackage}), whatever its name.
 *   <li>For text, the charset is the byte order mark's ({@link BOMDetector}), else for HTML the one
 *       its {@code <meta charset>} or {@code http-equiv} declares ({@link HtmlEncodingDetector}),
 *       else ICU4J's best plausible candidate ({@link Icu4jCharsetChooser}). Tika's default
 *       composite detector is not used: it reads windows-1256 Arabic as windows-1255 or worse.
 *   <li>The head, decoded, is given to Tika again as UTF-8. Tika's text detection accepts only
 *       ASCII, UTF-8 and byte-order-marked UTF-16, so a windows-1256 file looks binary to it until
 *       it is decoded; and its HTML patterns are ASCII, so UTF-16 HTML is recognised only then.
 * </ol>
 *
 * The media type then names the {@link Format}: plain text ({@code text/plain}), HTML ({@code
 * text/html}, {@code application/xhtml+xml}), DOCX, and the types of {@link Format}'s other values.
 * Tika's own types are extended by {@code tarjuman-mimetypes.xml} (beside this class) where Tika
 * 3.3.1 has none: Gettext PO/POT (Tika says text/plain), XLIFF 2 (Tika says XLIFF 1.2 for any
 * {@code .xlf}) and Android string resources (Tika says XML). Anything else is refused with an
 * {@link InvalidInputException} naming the file.
 */
public final class TikaDetector implements Detector {

  private static final MediaType XHTML = MediaType.application("xhtml+xml");
  private static final MediaType DOCX = MediaType.parse(Format.DOCX.mediaType());

  /** Tarjuman's additions to Tika's media types: Gettext, XLIFF 2, Android strings. */
  private static final String ADDED_TYPES = "tarjuman-mimetypes.xml";

  private final MimeTypes mimeTypes = mimeTypes();
  private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
  private final Icu4jCharsetChooser charsetChooser = new Icu4jCharsetChooser();

  @Override
  public Detection detect(Path file) {
    FileHead head = readHead(file);
    if (head.isEmpty()) {
      throw new InvalidInputException(file + ": the file is empty");
    }
    MediaType contentType = mediaTypeOf(head.bytes(), file);
    if (isZip(contentType)) {
      return detectPackage(file, contentType);
    }
    if (!registry.isInstanceOf(contentType, MediaType.TEXT_PLAIN)
        && !contentType.equals(MediaType.OCTET_STREAM)) {
      throw unsupported(file, contentType);
    }
    return detectText(file, head, contentType);
  }

  private Detection detectText(Path file, FileHead head, MediaType contentType) {
    Optional<Charset> bom = detectWith(new BOMDetector(), head, file);
    Charset charset =
        bom.or(() -> declaredCharset(file, head, contentType))
            .or(() -> charsetChooser.choose(head, /* markup= */ isHtml(contentType)))
            .orElseThrow(() -> binary(file, contentType));
    String text = decode(file, head, charset);
    if (text.isBlank() && head.whole()) {
      throw new InvalidInputException(file + ": the file is empty (only whitespace)");
    }
    MediaType type = mediaTypeOf(text.getBytes(StandardCharsets.UTF_8), file);
    Format format = formatOf(type).orElseThrow(() -> unsupported(file, type));
    Charset required =
        ResourceEncoding.charsetOf(file, format, charset, bom.isPresent(), text);
    return new Detection(format, type.toString(), Optional.of(required), bom.isPresent());
  }

  private Detection detectPackage(Path file, MediaType contentType) {
    Optional<String> packageType;
    try {
      packageType = OpcPackage.mediaType(file);
    } catch (IOException e) {
      throw new InvalidInputException(
          file + ": not a readable zip or DOCX package (" + e.getMessage() + ")", e);
    }
    if (packageType.filter(Format.DOCX.mediaType()::equals).isPresent()) {
      return new Detection(Format.DOCX, Format.DOCX.mediaType(), Optional.empty(), false);
    }
    // Without a main part the name may have claimed DOCX; say what the content is.
    MediaType reported =
        packageType
            .map(MediaType::parse)
            .orElse(contentType.equals(DOCX) ? MediaType.APPLICATION_ZIP : contentType);
    throw unsupported(file, reported);
  }

  private FileHead readHead(Path file) {
    if (!Files.exists(file)) {
      throw new InvalidInputException(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(file + ": is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new InvalidInputException(file + ": cannot be read (permission denied)");
    }
    try {
      return FileHead.read(file, mimeTypes.getMinLength());
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private MediaType mediaTypeOf(byte[] bytes, Path file) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return registry.normalize(mimeTypes.detect(in, metadata));
    } catch (IOException e) {
      throw new IllegalStateException("reading a byte array cannot fail", e);
    }
  }

  private Optional<Charset> declaredCharset(Path file, FileHead head, MediaType contentType) {
    return isHtml(contentType)
        ? detectWith(new HtmlEncodingDetector(), head, file)
        : Optional.empty();
  }

  private static Optional<Charset> detectWith(EncodingDetector detector, FileHead head, Path file) {
    try (InputStream in = new ByteArrayInputStream(head.bytes())) {
      return Optional.ofNullable(detector.detect(in, new Metadata()));
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static String decode(Path file, FileHead head, Charset charset) {
    try {
      String text = head.decodeStrictly(charset);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          file + ": the text is not valid " + charset.name() + " (" + e.getMessage() + ")", e);
    }
  }

  private boolean isZip(MediaType type) {
    return registry.isInstanceOf(type, MediaType.APPLICATION_ZIP);
  }

  private boolean isHtml(MediaType type) {
    return type.equals(MediaType.TEXT_HTML) || type.equals(XHTML);
  }

  private Optional<Format> formatOf(MediaType type) {
    if (isHtml(type)) {
      return Optional.of(Format.HTML);
    }
    return Format.forMediaType(type.toString());
  }

  private static MimeTypes mimeTypes() {
    try {
      return MimeTypesFactory.create(
          MimeTypes.class.getResource("tika-mimetypes.xml"),
          TikaDetector.class.getResource(ADDED_TYPES));
    } catch (IOException | MimeTypeException e) {
      throw new IllegalStateException("Tika's and Tarjuman's media types cannot be read", e);
    }
  }

  private static InvalidInputException unsupported(Path file, MediaType type) {
    return new InvalidInputException(
        file + ": unsupported format (" + type + "); Tarjuman imports " + Format.supportedList());
  }

  private static InvalidInputException binary(Path file, MediaType type) {
    return new InvalidInputException(
        file
            + ": looks like binary data, not text ("
            + type
            + "); Tarjuman imports "
            + Format.supportedList());
  }
}
