package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.StorageException;

/** A refused PostgreSQL login says what to set, and never shows the password it was given. */
class PostgreSqlCredentialsTest {

  private static final String WRONG = "Wrong-Secret-4711";

  @TempDir Path temp;

  @Test
  void aWrongPasswordGivenApartIsNotInTheMessage() {
    String url = serverUrl();
    WorkspaceConfig config =
        new WorkspaceConfig(
            temp, Optional.of(url), Optional.of(user()), Optional.of(WRONG));

    assertThatThrownBy(() -> Workspace.open(config))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("cannot open the database " + url + " as " + user())
        .hasMessageContaining("TARJUMAN_DB_PASSWORD, or put the password in ~/.pgpass")
        .hasMessageNotContaining(WRONG)
        .satisfies(e -> assertNoPassword(e.getCause()));
  }

  @Test
  void aWrongPasswordInsideTheUrlIsMasked() {
    String url = serverUrl() + "?user=" + user() + "&password=" + WRONG;

    assertThatThrownBy(
            () ->
                Workspace.open(
                    new WorkspaceConfig(temp, Optional.of(url), Optional.empty(), Optional.empty())))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("password=***")
        .hasMessageNotContaining(WRONG)
        .satisfies(e -> assertNoPassword(e.getCause()));
  }

  private static void assertNoPassword(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      org.assertj.core.api.Assertions.assertThat(String.valueOf(t.getMessage()))
          .doesNotContain(WRONG);
    }
  }

  private static String serverUrl() {
    String url = System.getenv().getOrDefault(TestDatabase.URL_VARIABLE, "");
    assumeTrue(!url.isBlank(), "PostgreSQL not configured: set " + TestDatabase.URL_VARIABLE);
    return url;
  }

  private static String user() {
    return System.getenv().getOrDefault("TARJUMAN_TEST_PG_USER", "");
  }
}
