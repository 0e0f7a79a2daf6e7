package org.tarjuman.xliff;

import java.io.OutputStream;
import org.tarjuman.core.TarjumanException;
import org.tarjuman.xliff.model.ExportInput;
import org.tarjuman.xliff.model.XliffVersion;
import org.tarjuman.xliff.v12.Xliff12Writer;
import org.tarjuman.xliff.v2.Xliff2Writer;

/**
 * Writes a document version's segments as XLIFF for CAT tools (XLIFF 1.2 §xliff, XLIFF 2.1 §4.2.2):
 * XLIFF 1.2 with Okapi's XLIFF writer ({@link Xliff12Writer}) or XLIFF 2.1 with okapi-lib-xliff2
 * ({@link Xliff2Writer}).
 *
 * <p>Usage: {@code new XliffExporter().export(input, XliffVersion.V1_2, out)}. The stream is
 * flushed and left open; the same input always gives the same bytes.
 */
public final class XliffExporter {

  private final Xliff12Writer xliff12 = new Xliff12Writer();
  private final Xliff2Writer xliff2 = new Xliff2Writer();

  /**
   * Writes one XLIFF file.
   *
   * @throws TarjumanException when the stream cannot be written
   */
  public void export(ExportInput input, XliffVersion version, OutputStream out) {
    switch (version) {
      case V1_2 -> xliff12.write(input, out);
      case V2_1 -> xliff2.write(input, out);
    }
  }
}
