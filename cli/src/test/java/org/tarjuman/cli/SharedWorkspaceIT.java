package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several consoles on one workspace at once: an interactive shell in a terminal ({@link
 * TmuxSession}) holds the workspace open while a second process imports a document and a third
 * runs {@code tm lookup} twenty times; all succeed, and the shell then lists the new document.
 * Once on the embedded H2 file (shared through H2's {@code AUTO_SERVER}), once on an H2 TCP server
 * the test starts on a loopback port, reached through {@code TARJUMAN_DB_URL} with a user and
 * password from {@code TARJUMAN_DB_USER} and {@code TARJUMAN_DB_PASSWORD}: that password must show
 * nowhere, neither in what any process prints nor in the workspace folder's files.
 */
class SharedWorkspaceIT {

  private static final String SEED = "org/tarjuman/seeds/ar-news-morocco-israel-military-visit.txt";
  private static final String LOOKUP = "وصل الوفد إلى الرباط يوم الثلاثاء.";
  private static final int LOOKUPS = 20;
  private static final int SECTIONS = Integer.getInteger("tarjuman.shared.sections", 20);

  @TempDir Path workspace;
  @TempDir Path files;
  private TmuxSession shell;
  private final List<String> printed = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void writeTheInputs() throws IOException {
    Files.writeString(
        files.resolve("memory.tmx"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
         o-tmf="t" adminlang="en" srclang="ar" datatype="plaintext"/><body>
        <tu><tuv xml:lang="ar"><seg>وصل الوفد إلى الرباط يوم الاثنين.</seg></tuv>
         <tuv xml:lang="en"><seg>The delegation arrived in Rabat on Monday.</seg></tuv></tu>
        </body></tmx>
        """,
        StandardCharsets.UTF_8);
    String article;
    try (InputStream in = SharedWorkspaceIT.class.getClassLoader().getResourceAsStream(SEED)) {
      article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= SECTIONS; i++) {
      text.append("القسم ").append(i).append("\n\n").append(article).append("\n\n");
    }
    Files.writeString(files.resolve("article.txt"), text, StandardCharsets.UTF_8);
  }

  @AfterEach
  void endTheShell() throws Exception {
    if (shell != null) {
      shell.close();
    }
  }

  @Test
  void twoMoreProcessesWorkWhileAShellHoldsTheH2FileAndTheShellSeesTheirDocument()
      throws Exception {
    assumeTrue(TmuxSession.installed(), TmuxSession.NOT_INSTALLED);

    runBesideAShell(Map.of("TARJUMAN_WORKSPACE", workspace.toString()));

    try (WorkspaceCheck check = WorkspaceCheck.open(workspace)) {
      assertThat(check.problems()).isEmpty();
    }
  }

  @Test
  void theSameWorksOnAnH2ServerWithAPasswordThatIsNeverShown() throws Exception {
    assumeTrue(TmuxSession.installed(), TmuxSession.NOT_INSTALLED);
    Path serverFolder = Files.createDirectory(files.resolve("server"));
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    // The first connection creates the database with its administrator; the server then serves
    // existing databases only (H2's default, no -ifNotExists).
    try (Connection create =
        DriverManager.getConnection(
            "jdbc:h2:file:" + serverFolder.resolve("team"), "translator", password)) {
      assertThat(create.isValid(5)).isTrue();
    }
    Server server =
        Server.createTcpServer(
                "-tcpPort", String.valueOf(freeLoopbackPort()), "-baseDir", serverFolder.toString())
            .start();
    try {
      Map<String, String> env = new HashMap<>();
      env.put("TARJUMAN_WORKSPACE", workspace.toString());
      env.put("TARJUMAN_DB_URL", "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/team");
      env.put("TARJUMAN_DB_USER", "translator");
      env.put("TARJUMAN_DB_PASSWORD", password);

      runBesideAShell(env);

      env.put("TARJUMAN_DB_PASSWORD", password + "-wrong");
      ConsoleProcess.Result refused = new ConsoleProcess(env, files).run("docs");
      printed.add(refused.out() + refused.err());
      assertThat(refused.exitCode()).isEqualTo(1);
      assertThat(refused.err())
          .startsWith("error: cannot open the database jdbc:h2:tcp://127.0.0.1:")
          .contains("as translator", "Wrong user name or password");
    } finally {
      server.stop();
    }
    assertThat(Files.exists(workspace.resolve("tarjuman.mv.db")))
        .as("no embedded database beside the server's")
        .isFalse();
    assertThat(printed).isNotEmpty().noneMatch(output -> output.contains(password));
    try (Stream<Path> inWorkspace = Files.walk(workspace)) {
      for (Path file : inWorkspace.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain(password);
      }
    }
  }

  /**
   * The shell fills the TM and stays open; meanwhile one process imports the article and another
   * looks the TM up {@value #LOOKUPS} times; then the shell lists the imported document.
   */
  private void runBesideAShell(Map<String, String> env) throws Exception {
    List<String> command = new ArrayList<>();
    env.forEach((name, value) -> command.add(name + "=" + value));
    command.add("TERM=xterm-256color");
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", ConsoleProcess.JAR.toString()));
    shell = TmuxSession.start("tarjuman-shared-" + ProcessHandle.current().pid(), command);
    shell.awaitScreen(s -> s.contains("tarjuman>"), "the prompt");
    shell.send("tm import " + files.resolve("memory.tmx") + " --source ar --target en", "Enter");
    printed.add(shell.awaitScreen(s -> s.contains("Imported 1 TM units"), "the TM import"));

    ConsoleProcess others = new ConsoleProcess(env, files);
    ConsoleProcess.Running importing =
        others.start(
            null, "import", files.resolve("article.txt").toString(), "--source", "ar",
            "--target", "en", "--name", "from-another-console");
    List<String> lookups = new ArrayList<>();
    for (int i = 0; i < LOOKUPS; i++) {
      lookups.add("tm lookup \"" + LOOKUP + "\" --source ar --target en --json");
    }
    ConsoleProcess.Result looked = others.script(lookups.toArray(String[]::new));
    ConsoleProcess.Result imported = importing.result();
    printed.add(looked.out() + looked.err());
    printed.add(imported.out() + imported.err());

    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err()).isEmpty();
    assertThat(imported.out()).contains("version 1: from-another-console");
    assertThat(looked.exitCode()).as(looked.err()).isZero();
    assertThat(looked.err()).isEmpty();
    assertThat(count(Pattern.compile("\"score\" : 85,"), looked.out())).isEqualTo(LOOKUPS);

    shell.send("C-l", "docs", "Enter");
    String docs = shell.awaitScreen(s -> s.contains("from-another-console"), "the new document");
    printed.add(docs);
    assertThat(docs).containsPattern(SECTIONS * 17 + " +\\d+ +en 0/" + SECTIONS * 17);
    shell.send("quit", "Enter");
    shell.awaitScreen(s -> !shell.alive(), "the shell to end");
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
