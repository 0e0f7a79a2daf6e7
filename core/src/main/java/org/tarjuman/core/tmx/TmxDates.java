package org.tarjuman.core.tmx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** TMX dates (TMX 1.4b §3.3, "date": ISO 8601 basic format in UTC, {@code YYYYMMDDThhmmssZ}). */
final class TmxDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private TmxDates() {}

  static String format(Instant instant) {
    return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The date, or empty when the value is missing or not a TMX date. */
  static Optional<Instant> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.from(FORMAT.parse(value.trim())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
