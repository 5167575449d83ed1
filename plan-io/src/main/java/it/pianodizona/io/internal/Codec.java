package it.pianodizona.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Codifica di un tipo: how values of one type are read from a streaming parser, written to a
 * generator and described in the JSON Schema. Codecs are immutable and shared by all threads.
 *
 * @param <T> the Java type
 */
public abstract class Codec<T> {

  Codec() {}

  /**
   * Reads one value. The parser is on the value's first token; on return it is on the value's
   * last token ({@code END_OBJECT} for an object, the scalar itself for a scalar).
   */
  public abstract T read(JsonParser p, ReadContext ctx) throws IOException;

  public abstract void write(T value, JsonGenerator g) throws IOException;

  /** The schema of one value: a type with its constraints, or a {@code $ref} to a definition. */
  abstract ObjectNode schema(SchemaGenerator schema);
}
