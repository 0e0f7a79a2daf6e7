package org.tarjuman.cli;

import org.tarjuman.core.InvalidInputException;

/**
 * A command's synopsis, and the checks of its positional arguments that Spring Shell does not make:
 * that one is there, that an id is a number.
 */
record Usage(String synopsis) {

  /**
   * The argument, trimmed.
   *
   * @throws InvalidInputException when it is missing or blank
   */
  String require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("missing " + name + "; usage: " + synopsis);
    }
    return value.trim();
  }

  /**
   * The argument as a positive id.
   *
   * @throws InvalidInputException when it is missing or not a positive whole number
   */
  long id(String value, String name) {
    String text = require(value, name);
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Reported below, with the usage.
    }
    throw new InvalidInputException(
        name + " must be a positive whole number, not '" + text + "'; usage: " + synopsis);
  }
}
