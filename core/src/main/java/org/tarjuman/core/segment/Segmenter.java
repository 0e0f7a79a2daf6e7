package org.tarjuman.core.segment;

import java.util.List;
import org.tarjuman.core.model.Content;

/**
 * Third stage: splits a unit's text into sentences for one source language. Implementations are
 * not thread-safe; use one per import.
 */
public interface Segmenter {

  /**
   * The segments of a unit, in order. Whitespace between sentences is not part of any segment;
   * inline codes are never split.
   */
  List<Content> segment(Content unit);
}
