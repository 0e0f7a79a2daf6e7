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
import org.tarjuman.cli.format.DemoText;
import org.tarjuman.cli.format.DocumentText;
import org.tarjuman.cli.shell.ExitStatusMapper;
import org.tarjuman.cli.shell.Stderr;
import org.tarjuman.core.Progress;
import org.tarjuman.core.StorageException;
import org.tarjuman.core.TarjumanException;
import org.tarjuman.core.ingest.ImportRequest;
import org.tarjuman.core.model.AlignmentReport;
import org.tarjuman.core.model.DocumentStats;
import org.tarjuman.core.model.ImportReport;
import org.tarjuman.core.workbench.Workbench;
import org.tarjuman.xliff.XliffService;
import org.tarjuman.xliff.model.XliffVersion;

/**
 * {@code demo}: the whole flow on the bundled Arabic news article, in a fresh workspace of its own,
 * {@code demo-<yyyyMMdd-HHmmss>} under the workspace folder, so a demo never mixes with real work
 * and can be looked at afterwards. In order: import the article (ar → en), align its English
 * reference translation, count it ({@code stats} with match bands), export XLIFF 1.2 and 2.1, write
 * the review page and merge the English text; the four files go to {@code out/} in the demo
 * workspace.
 */
@Component
public class DemoCommands {

  static final String SEED_RESOURCE =
      "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";
  static final String SEED_NAME = "ar-news-morocco-israel-military-visit.txt";
  static final String REFERENCE_RESOURCE =
      "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.en.txt";
  static final String REFERENCE_NAME = "ar-news-morocco-israel-military-visit.en.txt";

  /** The files the demo writes into {@code out/}. */
  static final String XLIFF_12 = "article.en.xlf";
  static final String XLIFF_21 = "article.en.2.1.xlf";
  static final String REVIEW = "article.en.review.html";
  static final String MERGED = "article.en.txt";

  /** The demo writes into a fresh folder of its own, where no file is to be replaced. */
  private static final boolean REPLACE_EXISTING = false;

  private static final Locale SOURCE = Locale.forLanguageTag("ar");
  private static final Locale TARGET = Locale.forLanguageTag("en");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
  private static final String DEFAULT_JAR = "cli/target/tarjuman.jar";

  private final WorkbenchFactory workbenches;
  private final DocumentText documentText;
  private final DemoText demoText;
  private final Stderr stderr;

  public DemoCommands(
      WorkbenchFactory workbenches, DocumentText documentText, DemoText demoText, Stderr stderr) {
    this.workbenches = workbenches;
    this.documentText = documentText;
    this.demoText = demoText;
    this.stderr = stderr;
  }

  @Command(
      name = "demo",
      group = "Documents",
      description = "Run the whole flow on the bundled Arabic article in a fresh workspace",
      help =
          "Usage: demo\nIn a new workspace, demo-<date>-<time> under the workspace folder:"
              + " imports the bundled Arabic news article (ar → en), aligns its English reference"
              + " translation, shows stats with TM match bands, exports XLIFF 1.2 and 2.1, writes"
              + " the review page and the merged English text into out/ in that workspace, prints"
              + " where everything is and says how to keep using the workspace."
              + "\nExample: demo",
      exitStatusExceptionMapper = ExitStatusMapper.BEAN)
  public String demo() {
    Path folder = freshFolder(workbenches.workspaceFolder(), LocalDateTime.now());
    Path copyFolder = createTempFolder();
    try (Workbench workbench = workbenches.openFolder(folder)) {
      Path seed = copyResource(SEED_RESOURCE, copyFolder.resolve(SEED_NAME));
      Path reference = copyResource(REFERENCE_RESOURCE, copyFolder.resolve(REFERENCE_NAME));
      ImportReport imported = importSeed(workbench, seed);
      String id = String.valueOf(imported.documentId());
      AlignmentReport aligned;
      try (ProgressPrinter progress = ProgressPrinter.on(stderr, "align")) {
        aligned = workbench.align(id, reference, TARGET, progress);
      }
      DocumentStats stats = workbench.stats(id).withAnalyses(workbench.matchBands(id));
      DemoText.Written written = writeFiles(workbench, id, createFolder(folder.resolve("out")));
      return String.join(
          "\n\n",
          documentText.importReport(imported),
          demoText.alignment(reference.getFileName(), aligned),
          documentText.stats(stats),
          demoText.written(written),
          howToContinue(folder, imported.documentId(), jarPath()));
    } finally {
      deleteQuietly(copyFolder.resolve(SEED_NAME));
      deleteQuietly(copyFolder.resolve(REFERENCE_NAME));
      deleteQuietly(copyFolder);
    }
  }

  /** The XLIFF exports, the review page and the merged text, into {@code out}. */
  private DemoText.Written writeFiles(Workbench workbench, String id, Path out) {
    XliffService xliff = workbenches.xliff(workbench);
    return new DemoText.Written(
        xliff.exportXliff(id, TARGET, XliffVersion.V1_2, out.resolve(XLIFF_12), REPLACE_EXISTING),
        xliff.exportXliff(id, TARGET, XliffVersion.V2_1, out.resolve(XLIFF_21), REPLACE_EXISTING),
        workbench.review(id, TARGET, out.resolve(REVIEW), REPLACE_EXISTING),
        workbench.merge(
            id,
            TARGET,
            Optional.of(out.resolve(MERGED)),
            /* requireComplete= */ false,
            REPLACE_EXISTING,
            Progress.NONE));
  }

  private ImportReport importSeed(Workbench workbench, Path seed) {
    ImportRequest request =
        new ImportRequest(seed, SOURCE, List.of(TARGET), Optional.empty(), Optional.empty());
    try (ProgressPrinter progress = ProgressPrinter.on(stderr, "import")) {
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

  /**
   * What to type to keep working in the demo workspace: the document by id, which is short, and
   * the command split with a backslash, so that it fits in 80 columns.
   */
  static String howToContinue(Path folder, long documentId, String jar) {
    return "The demo workspace is "
        + folder
        + "\nKeep using it, e.g.:\n  TARJUMAN_WORKSPACE="
        + shellQuoted(folder.toString())
        + " \\\n    java -jar "
        + shellQuoted(jar)
        + " segments "
        + documentId
        + " --target "
        + TARGET.toLanguageTag();
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

  private static Path copyResource(String resource, Path file) {
    try (InputStream in = DemoCommands.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("a demo file is missing from the jar: " + resource);
      }
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new TarjumanException("cannot copy the demo file " + resource + " to " + file, e);
    }
  }

  private static Path createFolder(Path folder) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StorageException("cannot create the demo output folder " + folder + ": " + e, e);
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
