package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.TextCodecs.STRING;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianodizona.io.internal.ReadContext.Expected;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Codifiche dei valori enumerati: enum constants as their lower-case names, and booleans, the
 * two-valued case, as JSON {@code true} and {@code false} (docs/JSON-FORMAT.md).
 */
public final class EnumCodecs {

  private EnumCodecs() {}

  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(JsonParser p, ReadContext ctx) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (token == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      throw ctx.wrongType(p, Expected.BOOLEAN);
    }

    @Override
    public void write(Boolean value, JsonGenerator g) throws IOException {
      g.writeBoolean(value);
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "boolean");
    }
  };

  /** An enum constant as its lower-case name: {@code IN_PERSON} is {@code "in_person"}. */
  public static <E extends Enum<E>> Codec<E> enumCodec(Class<E> type) {
    E[] constants = type.getEnumConstants();
    SerializableString[] names = new SerializableString[constants.length];
    char[][] chars = new char[constants.length][];
    StringJoiner allowed = new StringJoiner(", ");
    for (E constant : constants) {
      String name = jsonName(constant);
      names[constant.ordinal()] = new SerializedString(name);
      chars[constant.ordinal()] = name.toCharArray();
      allowed.add(name);
    }
    return new Codec<>() {
      @Override
      public E read(JsonParser p, ReadContext ctx) throws IOException {
        // Matched in Jackson's own buffer: no string to build and hash for a handful of names.
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          char[] buffer = p.getTextCharacters();
          int offset = p.getTextOffset();
          int length = p.getTextLength();
          for (int i = 0; i < chars.length; i++) {
            if (chars[i].length == length && Arrays.equals(chars[i], 0, length, buffer, offset, offset + length)) {
              return constants[i];
            }
          }
        }
        // Not a string, or none of the names: STRING.read refuses the first, this the second.
        String text = STRING.read(p, ctx);
        throw ctx.invalidValue(p, null, "INVALID_VALUE.enum",
            "value", ReadContext.quote(text), "type", type.getSimpleName(), "allowed", allowed);
      }

      @Override
      public void write(E value, JsonGenerator g) throws IOException {
        g.writeString(names[value.ordinal()]);
      }

      @Override
      ObjectNode schema(SchemaGenerator schema) {
        ObjectNode node = schema.node().put("type", "string");
        ArrayNode values = node.putArray("enum");
        for (E constant : constants) {
          values.add(jsonName(constant));
        }
        return node;
      }
    };
  }

  /** The JSON form of an enum constant. */
  public static String jsonName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

}
