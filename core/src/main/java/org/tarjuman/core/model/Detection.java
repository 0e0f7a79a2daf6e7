package org.tarjuman.core.model;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file is: its format and, for text formats, its character encoding.
 *
 * @param format the detected format
 * @param mediaType the media type as detected (for messages and storage)
 * @param charset the text encoding; empty for binary formats such as DOCX
 * @param bom whether the bytes start with a byte order mark
 */
public record Detection(Format format, String mediaType, Optional<Charset> charset, boolean bom) {
  public Detection {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(charset, "charset");
  }
}
