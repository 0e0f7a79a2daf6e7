package org.tarjuman.xliff;

import java.io.ByteArrayOutputStream;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.XliffVersion;

/** Exports to bytes. */
final class XliffExporterTestSupport {

  byte[] export(ExportInput input, XliffVersion version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XliffExporter().export(input, version, out);
    return out.toByteArray();
  }
}
