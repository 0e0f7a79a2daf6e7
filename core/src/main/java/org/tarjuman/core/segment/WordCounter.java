package org.tarjuman.core.segment;

import org.tarjuman.core.model.Content;

/** Counts words the way CAT tools' analysis reports do (GMX-V). */
public interface WordCounter {

  /** The words in the content's text; inline codes count as no words. */
  long count(Content content);
}
