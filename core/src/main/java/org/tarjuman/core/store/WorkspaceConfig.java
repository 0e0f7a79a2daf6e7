package org.tarjuman.core.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the workspace lives: a folder (H2 file database inside it) or a JDBC URL that overrides it.
 *
 * @param folder the workspace folder ({@code $TARJUMAN_WORKSPACE}, default {@code ~/.tarjuman})
 * @param jdbcUrl {@code $TARJUMAN_DB_URL}, when set
 * @param user {@code $TARJUMAN_DB_USER}, when set
 * @param password {@code $TARJUMAN_DB_PASSWORD}, when set; never printed
 */
public record WorkspaceConfig(
    Path folder, Optional<String> jdbcUrl, Optional<String> user, Optional<String> password) {

  public WorkspaceConfig {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /** A workspace folder with its embedded H2 database. */
  public static WorkspaceConfig inFolder(Path folder) {
    return new WorkspaceConfig(folder, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Reads {@code TARJUMAN_WORKSPACE}, {@code TARJUMAN_DB_URL}, {@code TARJUMAN_DB_USER} and {@code TARJUMAN_DB_PASSWORD}. */
  public static WorkspaceConfig fromEnvironment(Map<String, String> env, Path home) {
    Path folder =
        nonBlank(env.get("TARJUMAN_WORKSPACE")).map(Path::of).orElse(home.resolve(".tarjuman"));
    return new WorkspaceConfig(
        folder,
        nonBlank(env.get("TARJUMAN_DB_URL")),
        nonBlank(env.get("TARJUMAN_DB_USER")),
        nonBlank(env.get("TARJUMAN_DB_PASSWORD")));
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  @Override
  public String toString() {
    return "WorkspaceConfig[folder=" + folder + ", jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
  }
}
