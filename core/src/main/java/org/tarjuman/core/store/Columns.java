package org.tarjuman.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jdbi.v3.core.argument.Argument;
import org.tarjuman.core.model.Content;

/**
 * How the model's values are written to and read from columns, the same way on H2 and PostgreSQL:
 * instants as {@code TIMESTAMP WITH TIME ZONE} through {@link OffsetDateTime} (JDBC 4.2), languages
 * as BCP 47 tags, content as coded text plus {@link InlineCodesFormat}.
 */
final class Columns {

  private Columns() {}

  static Argument timestamp(Instant instant) {
    OffsetDateTime value = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    return (position, statement, context) -> statement.setObject(position, value);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static Content content(ResultSet rs, String codedColumn, String codesColumn) throws SQLException {
    return InlineCodesFormat.content(rs.getString(codedColumn), rs.getString(codesColumn));
  }

  static String tags(List<Locale> languages) {
    return languages.stream().map(Locale::toLanguageTag).collect(Collectors.joining(","));
  }

  static List<Locale> languages(String tags) {
    return tags.isEmpty()
        ? List.of()
        : Arrays.stream(tags.split(",")).map(Locale::forLanguageTag).toList();
  }

  /** Escapes a text for {@code LIKE ... ESCAPE '!'}. */
  static String likeLiteral(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
