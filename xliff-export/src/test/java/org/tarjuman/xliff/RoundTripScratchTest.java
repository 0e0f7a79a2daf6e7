package org.tarjuman.xliff;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.xliff.model.ReturnedFile;
import org.tarjuman.xliff.model.XliffVersion;

class RoundTripScratchTest {
  @Test
  void print(@TempDir Path dir) throws Exception {
    for (XliffVersion v : XliffVersion.values()) {
      Path f = Files.write(dir.resolve("a.xlf"), new XliffExporterTestSupport().export(ExportFixture.input(), v));
      ReturnedFile r = new XliffReader().read(f);
      System.err.println(r.version() + " " + r.source() + r.target() + r.documentId() + "/" + r.documentVersion() + " " + r.documentName() + " " + r.units().size());
      r.units().stream().limit(7).forEach(u -> System.err.println(u));
    }
  }
}
