package org.tarjuman.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;
import org.tarjuman.cli.format.DocumentText;
import org.tarjuman.cli.format.SegmentText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.Stderr;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.TarjumanException;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.model.SegmentView;
import org.tarjuman.core.workbench.Workbench;

/**
 * {@code demo}: the bundled Arabic news article imported (ar → en) into a fresh workspace of its
 * own, {@code demo-<yyyyMMdd-HHmmss>} under the workspace folder, so a demo never mixes with real
 * work and can be looked at afterwards.
 */
@Component
public class DemoCommands {

  static final String SEED_RESOURCE =
      "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";
  static final String SEED_NAME = "ar-news-morocco-israel-military-visit.txt";

  private static final Locale SOURCE = Locale.forLanguageTag("ar");
  private static final Locale TARGET = Locale.forLanguageTag("en");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
  private static final String DEFAULT_JAR = "cli/target/tarjuman.jar";

  private final WorkbenchFactory workbenches;
  private final DocumentText documentText;
  private final SegmentText segmentText;
  private final Stderr stderr;

  public DemoCommands(
      WorkbenchFactory workbenches,
      DocumentText documentText,
      SegmentText segmentText,
      Stderr stderr) {
    this.workbenches = workbenches;
    this.documentText = documentText;
    this.segmentText = segmentText;
    this.stderr = stderr;
  }

  @Command(
      name = "demo",
      group = "Documents",
      description = "Import the bundled Arabic article into a fresh demo workspace",
      help =
          "Usage: demo\nImports the bundled Arabic news article (ar → en) into a new workspace,"
              + " demo-<date>-<time> under the workspace folder, shows its segments and says how to"
              + " keep using that workspace."
              + "\nExample: demo",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String demo() {
    Path folder = freshFolder(workbenches.workspaceFolder(), LocalDateTime.now());
    Path copyFolder = createTempFolder();
    try (Workbench workbench = workbenches.openFolder(folder)) {
      ImportReport report = importSeed(workbench, copyFolder);
      String id = String.valueOf(report.documentId());
      DocumentSummary document = workbench.document(id);
      List<SegmentView> segments = workbench.segments(id, Optional.of(TARGET), Optional.empty());
      return documentText.importReport(report)
          + "\n\n"
          + segmentText.segments(document, Optional.of(TARGET), Optional.empty(), segments)
          + "\n\n"
          + howToContinue(folder, report.name(), jarPath());
    } finally {
      deleteQuietly(copyFolder.resolve(SEED_NAME));
      deleteQuietly(copyFolder);
    }
  }

  private ImportReport importSeed(Workbench workbench, Path copyFolder) {
    ImportRequest request =
        new ImportRequest(
            copySeed(copyFolder), SOURCE, List.of(TARGET), Optional.empty(), Optional.empty());
    try (ImportProgressPrinter progress = ImportProgressPrinter.on(stderr)) {
      return workbench.importFile(request, progress);
    }
  }

  /**
   * A new, empty folder {@code demo-<yyyyMMdd-HHmmss>} in {@code parent}, with {@code -2}, {@code
   * -3}… appended when a demo already ran in the same second.
   */
  static Path freshFolder(Path parent, LocalDateTime now) {
    String base = "demo-" + STAMP.format(now);
    try {
      Files.createDirectories(parent);
      for (int attempt = 1; ; attempt++) {
        Path folder = parent.resolve(attempt == 1 ? base : base + "-" + attempt);
        try {
          return Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
          // Taken by an earlier demo: try the next suffix.
        }
      }
    } catch (IOException e) {
      throw new StorageException(
          "cannot create a demo workspace in " + parent + "; is it writable? (" + e + ")", e);
    }
  }

  /** What to type to keep working in the demo workspace. */
  static String howToContinue(Path folder, String documentName, String jar) {
    return "The demo workspace is "
        + folder
        + "\nKeep using it, e.g.:\n  TARJUMAN_WORKSPACE="
        + shellQuoted(folder.toString())
        + " java -jar "
        + shellQuoted(jar)
        + " segments "
        + shellQuoted(documentName);
  }

  /** The text quoted for a POSIX shell, when it needs quoting. */
  static String shellQuoted(String text) {
    return SHELL_SAFE.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }

  /** The jar as the user named it on the command line ({@code java -jar PATH}), if they did. */
  private static String jarPath() {
    String classPath = System.getProperty("java.class.path", "");
    return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
        ? classPath
        : DEFAULT_JAR;
  }

  private static Path createTempFolder() {
    try {
      return Files.createTempDirectory("tarjuman-demo-");
    } catch (IOException e) {
      throw new TarjumanException("cannot create a temporary folder for the demo article: " + e, e);
    }
  }

  private static Path copySeed(Path folder) {
    Path seed = folder.resolve(SEED_NAME);
    try (InputStream in = DemoCommands.class.getClassLoader().getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the demo article is missing from the jar: " + SEED_RESOURCE);
      }
      Files.copy(in, seed);
      return seed;
    } catch (IOException e) {
      throw new TarjumanException("cannot copy the demo article to " + seed + ": " + e, e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // A leftover temporary file is harmless; the operating system cleans its temporary folder.
    }
  }
}
