package org.tarjuman.xliff.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.InlineCode;
import org.tarjuman.core.model.Status;

/**
 * One unit of an XLIFF file that came back from a translator.
 *
 * <p>The target's inline codes were matched to the source's codes by id (XLIFF 1.2 §ph and the
 * other inline elements, XLIFF 2.1 §4.2.3): a target code whose id and kind the source also has
 * carries the source code's type and original data, whatever the CAT tool wrote inside it. A target
 * code with an unknown id is kept as it came, so that a comparison can report it.
 *
 * @param unitId the unit's id as in the file
 * @param source the unit's source
 * @param target the unit's target; empty when the file has no target element
 * @param state the target's state mapped to a status; empty when the file says nothing
 * @param notes the unit's notes in file order, those Tarjuman wrote and those added since
 */
public record ReturnedUnit(
    String unitId,
    Content source,
    Optional<Content> target,
    Optional<Status> state,
    List<String> notes) {
  public ReturnedUnit {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(state, "state");
    notes = List.copyOf(notes);
  }

  /**
   * A target whose codes are replaced by the source's codes of the same kind and id, keeping their
   * order in the target; target codes the source does not have are kept as they are.
   */
  public static Content withSourceCodes(Content target, Content source) {
    if (target.codes().isEmpty()) {
      return target;
    }
    List<InlineCode> codes = new ArrayList<>(target.codes().size());
    for (InlineCode code : target.codes()) {
      codes.add(
          source.codes().stream()
              .filter(c -> c.kind() == code.kind() && c.id() == code.id())
              .findFirst()
              .orElse(code));
    }
    return new Content(target.coded(), codes);
  }
}
