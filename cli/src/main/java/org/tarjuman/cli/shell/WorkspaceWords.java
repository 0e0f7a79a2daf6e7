package org.tarjuman.cli.shell;

import java.util.List;

/**
 * What Tab can propose from the open workspace: document names and ids, segment ids and the
 * language tags its documents use. Read when Tab is pressed, so they are always current.
 */
public interface WorkspaceWords {

  /** Each document's id and name. */
  List<String> documents();

  /** The ids of the segments of every document's latest version, in document order. */
  List<String> segmentIds();

  /** The source and target language tags of the documents. */
  List<String> languages();
}
