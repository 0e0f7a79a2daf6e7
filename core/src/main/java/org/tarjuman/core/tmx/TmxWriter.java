package org.tarjuman.core.tmx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.okapi.OkapiContent;

/**
 * Writes the units of one language pair as a TMX 1.4b file through Okapi's {@link TMXWriter}: one
 * {@code <tu>} per unit with its {@code creationdate} and {@code changedate} (TMX 1.4b §3.3) as
 * attributes, the unit's origin and neighbouring source segments as {@code <prop>} elements ({@code
 * x-tarjuman-origin}, {@code x-context-prev}, {@code x-context-next}; TMX 1.4b §3.6 reserves the
 * {@code x-} prefix for such user-defined types), and inline codes as {@code <bpt>}, {@code <ept>}
 * and {@code <ph>}. The file is written beside the destination and moved over it at the end, so a
 * failed export leaves no half-written file.
 */
public final class TmxWriter {

  /**
   * Writes the units the producer pushes and returns how many.
   *
   * @throws InvalidInputException when the file cannot be written
   */
  public long write(Path file, Locale source, Locale target, Consumer<Consumer<TmUnit>> producer) {
    Path absolute = file.toAbsolutePath();
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
    LocaleId sourceId = LocaleId.fromBCP47(source.toLanguageTag());
    LocaleId targetId = LocaleId.fromBCP47(target.toLanguageTag());
    long[] count = {0};
    TMXWriter writer = null;
    try {
      writer = new TMXWriter(partial.toString());
      writer.setWriteAllPropertiesAsAttributes(true);
      writer.writeStartDocument(
          sourceId, targetId, "Tarjuman", "0.1", "sentence", "Tarjuman", "plaintext");
      TMXWriter out = writer;
      producer.accept(
          unit -> {
            out.writeTUFull(textUnit(unit, ++count[0], targetId), sourceId);
          });
      writer.writeEndDocument();
      writer.close();
      writer = null;
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
      return count[0];
    } catch (OkapiException | IOException e) {
      throw new InvalidInputException(file + ": cannot be written (" + e.getMessage() + ")", e);
    } finally {
      if (writer != null) {
        writer.close();
      }
      deleteQuietly(partial);
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

  private static void deleteQuietly(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      // The export itself succeeded or already failed with its own message; a stray .part file
      // is harmless.
    }
  }
}
