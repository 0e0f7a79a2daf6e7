package org.tarjuman.core.ingest;

/**
 * What an extraction found besides its units.
 *
 * @param skipped the text units the filter marked as not to translate ({@code translate="no"},
 *     {@code translatable="false"}, Okapi's own rules) or whose text is empty
 * @param pluralForms the most plural forms a Gettext entry has in the file; 0 when there are no
 *     plural entries
 */
public record Extraction(int skipped, int pluralForms) {
  public Extraction {
    if (skipped < 0 || pluralForms < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }
}
