package org.tarjuman.core;

/**
 * Told how far a long task has got (a TM import, an alignment, an XLIFF export, a merge), so that
 * the console can show a progress bar. It is called on the task's own thread, every so often and
 * at the end of each step, and must return quickly. An import reports through {@link
 * org.tarjuman.core.ingest.ImportProgress}, which also counts segments.
 */
@FunctionalInterface
public interface Progress {

  /** Progress that nobody is shown. */
  Progress NONE = (step, done, total) -> {};

  /**
   * @param step what is counted, a few words such as {@code "TM units read"}
   * @param done how many so far
   * @param total how many in all, or 0 while that is not known
   */
  void progress(String step, long done, long total);
}
