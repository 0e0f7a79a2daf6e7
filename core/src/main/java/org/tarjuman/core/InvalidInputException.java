package org.tarjuman.core;

/**
 * The user's input is wrong: a missing or unreadable file, an unsupported format, malformed
 * XLIFF or SRX, an unknown language tag, an unknown document. The message names the file, line or
 * segment and, where it can, says what to try.
 */
public class InvalidInputException extends TarjumanException {
  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
