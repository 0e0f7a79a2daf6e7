package org.tarjuman.core.qa;

import java.util.List;
import org.tarjuman.core.model.Content;

/** One of Tarjuman's own checks of a translated segment, pure and without Okapi. */
interface TextCheck {

  /** The problems of {@code target} as a translation of {@code source}; none is an empty list. */
  List<Finding> check(Content source, Content target);
}
