package org.tarjuman.core;

/** The root of Tarjuman's unchecked exceptions; the console maps each kind to an exit status. */
public class TarjumanException extends RuntimeException {
  public TarjumanException(String message) {
    super(message);
  }

  public TarjumanException(String message, Throwable cause) {
    super(message, cause);
  }
}
