package org.tarjuman.core.ingest;

/** Told how far an import has got, every few hundred units. */
@FunctionalInterface
public interface ImportProgress {

  ImportProgress NONE = (units, segments) -> {};

  void progress(int units, int segments);
}
