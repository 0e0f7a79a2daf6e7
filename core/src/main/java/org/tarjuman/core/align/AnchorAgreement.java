package org.tarjuman.core.align;

/**
 * How the anchors of a source span agree with those of a target span.
 *
 * @param matched strong anchors (numbers, hashtags, mentions, URLs) found on both sides
 * @param unmatched strong anchors found on one side only
 * @param names Latin-script names found on both sides
 * @param marks punctuation anchors found on both sides
 * @param missingMarks punctuation anchors found on one side only
 */
record AnchorAgreement(int matched, int unmatched, int names, int marks, int missingMarks) {

  /** The share of strong anchors that match, or -1 when neither side has any. */
  double strongShare() {
    int all = matched + unmatched;
    return all == 0 ? -1 : (double) matched / all;
  }
}
