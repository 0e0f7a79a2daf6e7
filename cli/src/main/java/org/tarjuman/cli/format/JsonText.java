package org.tarjuman.cli.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON writer of the {@code --json} outputs: indented, UTF-8 text with Arabic unescaped.
 * Jackson is loaded on the first JSON output, not at start-up (this class is initialised on first
 * use).
 */
final class JsonText {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonText() {}

  /** The value as indented JSON. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Only maps, lists, records and strings reach here; failing to write them is a bug.
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A record's JSON fields as an ordered map, to add fields to before writing it. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> fields(Object value) {
    return MAPPER.convertValue(value, LinkedHashMap.class);
  }
}
