package org.tarjuman.core.tmx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.files.ReplacingFile;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.okapi.OkapiContent;

/**
 * Writes the units of one language pair as a TMX 1.4b file through Okapi's {@link TMXWriter}: one
 * {@code <tu>} per unit with its {@code creationdate} and {@code changedate} (TMX 1.4b §3.3) as
 * attributes, the unit's origin and neighbouring source segments as {@code <prop>} elements ({@code
 * x-tarjuman-origin}, {@code x-context-prev}, {@code x-context-next}; TMX 1.4b §3.6 reserves the
 * {@code x-} prefix for such user-defined types), and inline codes as {@code <bpt>}, {@code <ept>}
 * and {@code <ph>}. The file is written through a {@link ReplacingFile}, so a failed export
 * leaves no half-written file.
 */
public final class TmxWriter {

  /**
   * Writes the units the producer pushes and returns how many.
   *
   * @param replace whether an existing file is replaced
   * @throws InvalidInputException when the file exists and is not to be replaced, or cannot be
   *     written
   */
  public long write(
      Path file,
      Locale source,
      Locale target,
      boolean replace,
      Consumer<Consumer<TmUnit>> producer) {
    LocaleId sourceId = LocaleId.fromBCP47(source.toLanguageTag());
    LocaleId targetId = LocaleId.fromBCP47(target.toLanguageTag());
    long[] count = {0};
    ReplacingFile.writeFile(
        file,
        replace,
        (Path temp) -> {
          try (TmxFile out = new TmxFile(new TMXWriter(temp.toString()))) {
            TMXWriter writer = out.writer();
            writer.setWriteAllPropertiesAsAttributes(true);
            writer.writeStartDocument(
                sourceId, targetId, "Tarjuman", "0.1", "sentence", "Tarjuman", "plaintext");
            producer.accept(
                unit -> writer.writeTUFull(textUnit(unit, ++count[0], targetId), sourceId));
            writer.writeEndDocument();
          } catch (OkapiException e) {
            throw new IOException(e.getMessage(), e);
          }
        });
    return count[0];
  }

  /** Okapi's writer as a resource, closed however the export ends. */
  private record TmxFile(TMXWriter writer) implements AutoCloseable {
    @Override
    public void close() {
      writer.close();
    }
  }

  private static ITextUnit textUnit(TmUnit unit, long number, LocaleId targetId) {
    TextUnit tu = new TextUnit(Long.toString(number));
    tu.setName(Long.toString(number));
    tu.setSourceContent(OkapiContent.toFragment(unit.source()));
    TextContainer target = new TextContainer(OkapiContent.toFragment(unit.target()));
    tu.setTarget(targetId, target);
    tu.setProperty(new Property("creationdate", TmxDates.format(unit.created())));
    tu.setProperty(new Property("changedate", TmxDates.format(unit.changed())));
    tu.setProperty(new Property(TmxReader.ORIGIN, unit.origin().label()));
    unit.previous().ifPresent(p -> tu.setProperty(new Property(TmxReader.PREVIOUS, p)));
    unit.next().ifPresent(n -> tu.setProperty(new Property(TmxReader.NEXT, n)));
    return tu;
  }
}
