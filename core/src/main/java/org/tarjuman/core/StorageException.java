package org.tarjuman.core;

/** The workspace database could not be opened, read or written. */
public class StorageException extends TarjumanException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
