package org.tarjuman.core.model;

import java.util.Objects;

/**
 * One inline code of a segment: markup or a protected token (hashtag, @mention, URL, e-mail)
 * that a translator must keep intact.
 *
 * @param kind whether the code opens, closes or stands alone
 * @param id the code's id, shared by an opening code and its closing code
 * @param type what the code is, e.g. {@code hashtag}, {@code url}, {@code b}
 * @param data the original text of the code, exactly as in the source document
 */
public record InlineCode(Kind kind, int id, String type, String data) {

  /** Opening and closing codes come in pairs; a placeholder stands alone. */
  public enum Kind {
    OPENING,
    CLOSING,
    PLACEHOLDER
  }

  public InlineCode {
    Objects.requireNonNull(kind, "kind");
    type = type == null ? "" : type;
    data = data == null ? "" : data;
  }
}
