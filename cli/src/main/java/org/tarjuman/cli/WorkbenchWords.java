package org.tarjuman.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tarjuman.cli.shell.WorkspaceWords;
import org.tarjuman.core.TarjumanException;
import org.tarjuman.core.model.DocumentSummary;
import org.tarjuman.core.model.SegmentView;

/**
 * The workspace's words for Tab, read through the console's workbench. A workspace that cannot be
 * read proposes nothing: pressing Tab never fails.
 */
final class WorkbenchWords implements WorkspaceWords {

  private final WorkbenchFactory workbenches;

  WorkbenchWords(WorkbenchFactory workbenches) {
    this.workbenches = workbenches;
  }

  @Override
  public List<String> documents() {
    return read(
        () -> {
          List<String> words = new ArrayList<>();
          for (DocumentSummary d : workbenches.workbench().documents()) {
            words.add(d.name());
            words.add(String.valueOf(d.id()));
          }
          return words;
        });
  }

  @Override
  public List<String> segmentIds() {
    return read(
        () -> {
          List<String> ids = new ArrayList<>();
          for (DocumentSummary d : workbenches.workbench().documents()) {
            for (SegmentView s :
                workbenches
                    .workbench()
                    .segments(String.valueOf(d.id()), Optional.empty(), Optional.empty())) {
              ids.add(String.valueOf(s.id()));
            }
          }
          return ids;
        });
  }

  @Override
  public List<String> languages() {
    return read(
        () -> {
          Set<String> tags = new LinkedHashSet<>();
          for (DocumentSummary d : workbenches.workbench().documents()) {
            tags.add(d.source().toLanguageTag());
            d.targets().stream().map(Locale::toLanguageTag).forEach(tags::add);
          }
          return List.copyOf(tags);
        });
  }

  private static List<String> read(Supplier<List<String>> words) {
    try {
      return words.get();
    } catch (TarjumanException e) {
      return List.of();
    }
  }
}
