package org.tarjuman.core.merge;

import java.util.Locale;
import java.util.Optional;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.DocumentPart;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.skeleton.GenericSkeleton;
import net.sf.okapi.common.skeleton.GenericSkeletonPart;
import net.sf.okapi.filters.po.POFilter;
import org.tarjuman.core.ingest.GettextPlurals;

/**
 * Gives a merged Gettext catalogue the plural forms of its target language when the original has
 * fewer (a POT template, or a catalogue made for English, into Arabic): the header's {@code
 * Plural-Forms} becomes the target's ({@link GettextPlurals}), and each plural entry gets a {@code
 * msgstr[n]} line per form it lacks, after its last one.
 *
 * <p>Okapi's PO filter and its skeleton writer write only the forms the file has, so the missing
 * ones are made of Okapi's own parts: the header is the filter's {@code pluralforms} property of
 * the header part, which its writer writes; each added form is a copy of the entry's last form's
 * text unit, its skeleton ({@code msgstr[1] "…"}) numbered for the new form, handed to the writer
 * after the last form. A catalogue that already has the target's forms, or more, is written as it
 * is, except that a template's placeholder rule ({@code nplurals=INTEGER}) becomes the target's;
 * a header without {@code Plural-Forms} is written as it is.
 */
final class GettextPluralForms {

  private final Locale target;
  private final LocaleId targetLocale;
  private int formsWritten;
  private ITextUnit lastForm;
  private int formsInEntry;
  private boolean inPlural;

  GettextPluralForms(Locale target) {
    this.target = target;
    this.targetLocale = LocaleId.fromBCP47(target.toLanguageTag());
  }

  /** Follows the header and the plural entries; call it for every event before it is written. */
  void remember(Event event) {
    if (event.isDocumentPart()) {
      rewriteHeader(event.getDocumentPart());
    } else if (event.isStartGroup()) {
      inPlural = "x-gettext-plurals".equals(event.getStartGroup().getType());
      formsInEntry = 0;
      lastForm = null;
    } else if (event.isTextUnit() && inPlural) {
      lastForm = event.getTextUnit();
      formsInEntry++;
    }
  }

  /**
   * The next form the plural entry just ended lacks for the target, without a translation; empty
   * when it has them all.
   */
  Optional<ITextUnit> addedForm() {
    if (lastForm == null || formsInEntry >= formsWritten) {
      return Optional.empty();
    }
    ITextUnit form = lastForm.clone();
    form.setId(lastForm.getId() + "-" + formsInEntry);
    form.removeTarget(targetLocale);
    GenericSkeleton skeleton = (GenericSkeleton) form.getSkeleton();
    String from = "msgstr[" + (formsInEntry - 1) + "]";
    String to = "msgstr[" + formsInEntry + "]";
    for (GenericSkeletonPart part : skeleton.getParts()) {
      if (part.getParent() == lastForm) {
        part.setParent(form);
      }
      String data = part.getData().toString();
      if (data.contains(from)) {
        part.setData(data.replace(from, to));
      }
    }
    lastForm = form;
    formsInEntry++;
    return Optional.of(form);
  }

  private void rewriteHeader(DocumentPart part) {
    Property pluralForms = part.getProperty(POFilter.PROPERTY_PLURALFORMS);
    if (pluralForms == null) {
      return;
    }
    int inFile = GettextPlurals.formsIn(pluralForms.getValue());
    int needed = GettextPlurals.formsFor(target);
    formsWritten = Math.max(inFile, needed);
    // A template's "nplurals=INTEGER; plural=EXPRESSION;" is no rule: msgfmt refuses it.
    if (needed > inFile || needed > 0 && !GettextPlurals.declaresForms(pluralForms.getValue())) {
      pluralForms.setValue(GettextPlurals.expressionFor(target));
    }
  }
}
