package org.tarjuman.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** The parser's message on one line, without the position it repeats. */
class XmlParseErrorTest {

  @Test
  void dropsWoodstoxsCharAndBytePositionWithTheCommaBeforeIt() {
    // What Woodstox says of a file cut inside a multi-byte UTF-8 character.
    XMLStreamException e =
        new XMLStreamException(
            "Unexpected EOF in the middle of a multi-byte char: got 1, needed 2, at char #4024,"
                + " byte #5465)");

    assertThat(XmlParseError.oneLine(e))
        .isEqualTo("Unexpected EOF in the middle of a multi-byte char: got 1, needed 2");
  }

  @Test
  void dropsACharAndBytePositionInParentheses() {
    XMLStreamException e =
        new XMLStreamException("Invalid UTF-8 middle byte 0xd5 (at char #310, byte #-1)");

    assertThat(XmlParseError.oneLine(e)).isEqualTo("Invalid UTF-8 middle byte 0xd5");
  }

  @Test
  void dropsTheRowAndColumnWoodstoxPutsOnTheLineAfter() {
    XMLStreamException e =
        new XMLStreamException(
            "Unexpected end of input block in end tag\n at [row,col {unknown-source}]: [41,221]");

    assertThat(XmlParseError.oneLine(e)).isEqualTo("Unexpected end of input block in end tag");
  }
}
