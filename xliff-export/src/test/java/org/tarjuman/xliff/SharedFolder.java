package org.tarjuman.xliff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The project's shared folder ({@code ../shared} beside the checkout), which holds material that is
 * not copied into the repository, such as the OASIS XLIFF 2.1 conformance suite.
 */
final class SharedFolder {

  private SharedFolder() {}

  /**
   * A path inside the shared folder, if it exists: the system property {@code tarjuman.shared}
   * names the folder, else the first {@code shared} folder beside the working directory or one of
   * its parents.
   */
  static Optional<Path> resolve(String relative) {
    String property = System.getProperty("tarjuman.shared");
    if (property != null) {
      Path path = Path.of(property).resolve(relative);
      return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path path = dir.resolveSibling("shared").resolve(relative);
      if (Files.exists(path)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }
}
