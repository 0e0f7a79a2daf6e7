package org.tarjuman.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The XLIFF schemas shipped in the Okapi jars, loaded from the class path, never from the net. */
public final class Schemas {

  private static final String V12 = "/net/sf/okapi/lib/verification/";
  private static final String V2 = "/net/sf/okapi/lib/xliff2/";

  private Schemas() {}

  /** The OASIS XLIFF 1.2 transitional schema (okapi-lib-verification). */
  public static Schema xliff12Transitional() {
    return load(V12 + "xliff-core-1.2-transitional.xsd");
  }

  /** The OASIS XLIFF 1.2 strict schema (okapi-lib-verification). */
  public static Schema xliff12Strict() {
    return load(V12 + "xliff-core-1.2-strict.xsd");
  }

  /**
   * The XLIFF 2 core schema with the Metadata and Translation Candidates modules
   * (okapi-lib-xliff2).
   */
  public static Schema xliff2CoreWithModules() {
    return load(
        V2 + "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd",
        V2 + "xliff_core_2.0.xsd",
        V2 + "modules/metadata.xsd",
        V2 + "modules/matches.xsd");
  }

  /** Validates a document; the exception names line, column and rule when it is invalid. */
  public static void validate(Schema schema, byte[] document) throws SAXException {
    try {
      Validator validator = schema.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load(String... resources) {
    List<Source> sources = new ArrayList<>();
    for (String resource : resources) {
      URL url = Schemas.class.getResource(resource);
      if (url == null) {
        throw new IllegalStateException("schema not on the class path: " + resource);
      }
      sources.add(new StreamSource(url.toExternalForm()));
    }
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
      return factory.newSchema(sources.toArray(Source[]::new));
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load " + String.join(", ", resources), e);
    }
  }
}
