package it.pianodizona.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.Percentage;
import java.io.IOException;
import java.util.Optional;

/**
 * Adattatori per Jackson: the codecs as serializers and deserializers of an integrator's
 * {@code ObjectMapper}, so that a plan inside someone else's document has the same form.
 */
public final class JacksonAdapters {

  private JacksonAdapters() {}

  public static SimpleSerializers serializers() {
    SimpleSerializers serializers = new SimpleSerializers();
    for (ObjectCodec<?, ?> codec : ModelCodecs.ALL) {
      addSerializer(serializers, codec);
    }
    addSerializer(serializers, Money.class, NumberCodecs.MONEY);
    addSerializer(serializers, Percentage.class, NumberCodecs.PERCENTAGE);
    addSerializer(serializers, PartialDate.class, DateCodecs.PARTIAL_DATE_CODEC);
    return serializers;
  }

  public static SimpleDeserializers deserializers() {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (ObjectCodec<?, ?> codec : ModelCodecs.ALL) {
      addDeserializer(deserializers, codec);
    }
    addDeserializer(deserializers, Money.class, NumberCodecs.MONEY);
    addDeserializer(deserializers, Percentage.class, NumberCodecs.PERCENTAGE);
    addDeserializer(deserializers, PartialDate.class, DateCodecs.PARTIAL_DATE_CODEC);
    return deserializers;
  }

  private static <T> void addSerializer(SimpleSerializers serializers, ObjectCodec<T, ?> codec) {
    addSerializer(serializers, codec.type(), codec);
  }

  private static <T> void addDeserializer(SimpleDeserializers deserializers, ObjectCodec<T, ?> codec) {
    addDeserializer(deserializers, codec.type(), codec);
  }

  private static <T> void addSerializer(SimpleSerializers serializers, Class<T> type, Codec<T> codec) {
    serializers.addSerializer(type, new CodecSerializer<>(type, codec));
  }

  private static <T> void addDeserializer(SimpleDeserializers deserializers, Class<T> type, Codec<T> codec) {
    deserializers.addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      codec.write(value, g);
    }
  }

  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      boolean lenient = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      try {
        return codec.read(p, new ReadContext(Optional.empty(), lenient, null));
      } catch (PlanReadException e) {
        // Jackson's callers expect its own exception type; ours, with the pointer, is the cause.
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
