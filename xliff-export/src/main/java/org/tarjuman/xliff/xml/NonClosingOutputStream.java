package org.tarjuman.xliff.xml;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * An output stream that flushes instead of closing, so that a writer which closes its stream (both
 * of Okapi's XLIFF writers do) leaves the caller's stream open, and that remembers the first write
 * error, which okapi-lib-xliff2's {@code PrintWriter} would otherwise swallow.
 */
public final class NonClosingOutputStream extends FilterOutputStream {

  private IOException failure;

  public NonClosingOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  /** The first error a write or flush raised, if any. */
  public Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
