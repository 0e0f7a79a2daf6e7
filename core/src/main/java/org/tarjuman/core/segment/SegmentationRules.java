package org.tarjuman.core.segment;

import java.util.Locale;

/**
 * A set of segmentation rules (an SRX document) that gives a segmenter per language. Tarjuman's
 * own rules come from {@code SrxRules.bundled()}; a user's SRX file from {@code SrxRules.load}.
 */
public interface SegmentationRules {

  /** A new segmenter for the given source language. */
  Segmenter segmenterFor(Locale language);
}
