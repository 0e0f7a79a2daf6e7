package org.tarjuman.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.v12.Xliff12Reader;
import org.tarjuman.xliff.v2.Xliff2Reader;

/**
 * Files built to make an XML parser fetch or expand something: every reader refuses them before
 * reading anything external. A local HTTP server counts the requests that must never come.
 */
class HostileXliffTest {

  private static final String XLIFF12_BODY =
      "<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'>"
          + "<file original='a' source-language='ar' target-language='en' datatype='plaintext'>"
          + "<body><trans-unit id='s1'><source>%s</source></trans-unit></body></file></xliff>";
  private static final String XLIFF2_BODY =
      "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.1' srcLang='ar'"
          + " trgLang='en'><file id='f1'><unit id='s1'><segment><source>%s</source></segment>"
          + "</unit></file></xliff>";

  @TempDir Path dir;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = "<!ENTITY leak 'fetched'>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://"
        + server.getAddress().getHostString()
        + ":"
        + server.getAddress().getPort()
        + path;
  }

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("hostile.xlf"), content, StandardCharsets.UTF_8);
  }

  private void assertRefusedByEveryReader(String content) throws IOException {
    Path file = file(content);
    List<Function<Path, ReturnedFile>> readers =
        List.of(
            p -> new XliffReader().read(p),
            p -> new Xliff12Reader().read(p),
            p -> new Xliff2Reader().read(p));
    for (Function<Path, ReturnedFile> reader : readers) {
      assertThatThrownBy(() -> reader.apply(file))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("hostile.xlf:")
          .hasMessageContaining("document type declaration (<!DOCTYPE …>) is not allowed");
    }
    assertThat(requests).as("requests to the external resource").hasValue(0);
  }

  @Test
  void refusesAnExternalEntityWithoutFetchingIt() throws IOException {
    String doctype =
        "<?xml version='1.0'?><!DOCTYPE xliff [<!ENTITY leak SYSTEM '" + url("/entity") + "'>]>";

    assertRefusedByEveryReader(doctype + XLIFF12_BODY.formatted("&leak;"));
    assertRefusedByEveryReader(doctype + XLIFF2_BODY.formatted("&leak;"));
  }

  @Test
  void refusesAnExternalDtdWithoutFetchingIt() throws IOException {
    String doctype = "<?xml version='1.0'?><!DOCTYPE xliff SYSTEM '" + url("/xliff.dtd") + "'>";

    assertRefusedByEveryReader(doctype + XLIFF12_BODY.formatted("text"));
    assertRefusedByEveryReader(doctype + XLIFF2_BODY.formatted("text"));
  }

  @Test
  void refusesAParameterEntityThatWouldFetchADtd() throws IOException {
    String doctype =
        "<?xml version='1.0'?><!DOCTYPE xliff [<!ENTITY % remote SYSTEM '"
            + url("/remote.dtd")
            + "'>%remote;]>";

    assertRefusedByEveryReader(doctype + XLIFF12_BODY.formatted("&leak;"));
  }

  @Test
  void refusesEntityExpansionBeforeExpandingAnything() throws IOException {
    StringBuilder laughs =
        new StringBuilder("<?xml version='1.0'?><!DOCTYPE xliff [").append("<!ENTITY lol0 'lol'>");
    for (int i = 1; i <= 9; i++) {
      laughs
          .append("<!ENTITY lol")
          .append(i)
          .append(" '")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("'>");
    }
    laughs.append("]>");

    long start = System.nanoTime();
    assertRefusedByEveryReader(laughs + XLIFF12_BODY.formatted("&lol9;"));
    assertRefusedByEveryReader(laughs + XLIFF2_BODY.formatted("&lol9;"));
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(10_000);
  }

  @Test
  void refusesAnUndeclaredEntityReferenceAsNotWellFormed() throws IOException {
    Path file = file(XLIFF12_BODY.formatted("&undeclared;"));

    assertThatThrownBy(() -> new XliffReader().read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageMatching("(?s)hostile\\.xlf:1:\\d+: .*undeclared.*");
  }
}
