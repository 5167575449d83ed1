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
  public static <E extends Enum<E>> EnumCodec<E> enumCodec(Class<E> type) {
    return new EnumCodec<>(type);
  }

  /**
   * Codifica di un enum: the codec of one enum type, which names its type so that tools walking
   * the mapping (the schema texts' test) find its values.
   *
   * @param <E> the enum type
   */
  public static final class EnumCodec<E extends Enum<E>> extends Codec<E> {
    private final Class<E> type;
    private final E[] constants;
    private final SerializableString[] names;
    private final char[][] chars;
    private final String allowed;

    private EnumCodec(Class<E> type) {
      this.type = type;
      this.constants = type.getEnumConstants();
      this.names = new SerializableString[constants.length];
      this.chars = new char[constants.length][];
      StringJoiner allowed = new StringJoiner(", ");
      for (E constant : constants) {
        String name = jsonName(constant);
        names[constant.ordinal()] = new SerializedString(name);
        chars[constant.ordinal()] = name.toCharArray();
        allowed.add(name);
      }
      this.allowed = allowed.toString();
    }

    /** The enum type. */
    public Class<E> type() {
      return type;
    }

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

    /**
     * The values in {@code enum}, and again in an {@code anyOf} of {@code const}s that carries
     * each value's title and description (schema-texts.properties, keyed by the enum's simple
     * name): standard keywords, which every validator and editor reads, where VS Code's
     * {@code enumDescriptions} would make Ajv's default strict mode refuse the schema. The two
     * lists hold the same values, so they accept the same documents; {@code anyOf} rather than
     * {@code oneOf} because it stops at the first match (Python's jsonschema took a third longer
     * over the generated plans with {@code oneOf}, which must try every value).
     */
    @Override
    ObjectNode schema(SchemaGenerator schema) {
      ObjectNode node = schema.node().put("type", "string");
      ArrayNode values = node.putArray("enum");
      ArrayNode described = schema.arrayNode();
      for (E constant : constants) {
        String name = jsonName(constant);
        values.add(name);
        ObjectNode value = described.addObject().put("const", name);
        schema.texts().enumValue(type.getSimpleName(), name).ifPresent(text -> text.annotate(value));
      }
      node.set("anyOf", described);
      return node;
    }
  }

  /** The JSON form of an enum constant. */
  public static String jsonName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

}
