package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.tarjuman.cli.SpringConsoleTest.Run;
import org.tarjuman.cli.format.TextTable;
import org.tarjuman.core.store.WorkspaceConfig;
import org.tarjuman.core.workbench.LocalWorkbench;

/**
 * Every command's text output fits an 80-column terminal: the console as Spring wires it, over a
 * real workspace with the seed article imported (ar → en), aligned with its English translation,
 * exported, re-imported after an edit, and so on. A line's width is counted in terminal cells
 * ({@link TextTable#cells}): an Arabic letter is one cell, a diacritic none.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
@Import(EightyColumnsIT.SeedWorkspace.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EightyColumnsIT {

  private static final String SEEDS = "org/tarjuman/seeds/";
  private static final String SEED = "ar-news-morocco-israel-military-visit.txt";
  private static final String ENGLISH = "ar-news-morocco-israel-military-visit.en.txt";
  private static final Path FILES = temporaryFolder("tarjuman-80-files-");

  @TestConfiguration
  static class SeedWorkspace {
    @Bean
    @Primary
    WorkbenchFactory seedWorkbenchFactory() {
      return new WorkbenchFactory(
          // demo prints its files' paths whole, to be copied: a workspace path as short as a
          // user's ~/.tarjuman keeps them within 80 columns.
          WorkspaceConfig.inFolder(temporaryFolder("t80")),
          LocalWorkbench::open);
    }
  }

  @Autowired ApplicationContext context;

  @BeforeAll
  void copySeeds() throws IOException {
    copy(SEED, FILES.resolve(SEED));
    copy(ENGLISH, FILES.resolve(ENGLISH));
    // A new version: the first sentence edited, the last dropped, a sentence added.
    List<String> lines = Files.readAllLines(FILES.resolve(SEED), StandardCharsets.UTF_8);
    String edited =
        String.join(
            "\n",
            Stream.concat(
                    Stream.of(lines.get(0).replace("الاثنين", "الثلاثاء")),
                    Stream.concat(
                        lines.subList(1, lines.size() - 1).stream(),
                        Stream.of("وأضاف المتحدث أن المؤتمر سيعقد مرة كل عام في تل أبيب.")))
                .toList());
    Files.writeString(FILES.resolve("edited.txt"), edited + "\n", StandardCharsets.UTF_8);
  }

  /** The commands in the order a user would run them, each after the ones before. */
  static Stream<String> commands() {
    String seed = FILES.resolve(SEED).toString();
    String english = FILES.resolve(ENGLISH).toString();
    String xliff = FILES.resolve("article.en.xlf").toString();
    String tmx = FILES.resolve("memory.tmx").toString();
    return Stream.of(
        "import " + seed + " --source ar --target en,fr",
        "docs",
        "segments " + SEED,
        "segments " + SEED + " --target en --status new",
        "align " + SEED + " " + english + " --target en",
        "segments " + SEED + " --target en",
        "segment 1",
        "segment 3 --target en",
        "find المغرب",
        "find المفتش العام --target en",
        "find Morocco --in target",
        "tm lookup وسيحظى الوفد المغربي بمراسم استقبال --source ar --target en",
        "tm stats",
        "stats",
        "stats " + SEED,
        "qa " + SEED + " --target en",
        "export-xliff " + SEED + " --target en --out " + xliff,
        "import-xliff " + xliff,
        "translate 2 --target en The Moroccan delegation will be officially received.",
        "merge " + SEED + " --target en --out " + FILES.resolve("article.en.txt"),
        "review " + SEED + " --target en --out " + FILES.resolve("review.html"),
        "backup " + FILES.resolve("backup.zip"),
        "tm export " + tmx,
        "tm import " + tmx,
        "import " + FILES.resolve("edited.txt") + " --source ar --target en,fr --name " + SEED,
        "segments " + SEED + " --target en --status needs-review",
        "help",
        "help import",
        "help find",
        "help tm lookup",
        "demo");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void printsNoLineWiderThanEightyColumns(String command) {
    Run run = SpringConsoleTest.runOnce(context, command.split(" "));

    assertThat(run.err()).as(command).isEmpty();
    assertThat(run.exitCode()).as(command).isZero();
    assertThat(run.out()).as(command).isNotBlank();
    assertThat(run.out().lines())
        .as(command + " printed:%n%s", run.out())
        .allSatisfy(line -> assertThat(TextTable.cells(line)).as(line).isLessThanOrEqualTo(80));
  }

  private static void copy(String seed, Path to) throws IOException {
    try (InputStream in =
        EightyColumnsIT.class.getClassLoader().getResourceAsStream(SEEDS + seed)) {
      Files.copy(in, to);
    }
  }

  private static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
