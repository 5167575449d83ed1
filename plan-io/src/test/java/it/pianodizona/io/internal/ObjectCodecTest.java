package it.pianodizona.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadError;
import it.pianodizona.io.ReadErrorKind;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Codifica di un oggetto: the bookkeeping of {@link ObjectCodec} itself, on codecs built here
 * rather than the model's (those are built once, when their class loads): at most 64 fields, each
 * name once, and every required field, up to the 64th, reported by name when it is missing.
 */
class ObjectCodecTest {

  /** What the test codecs read: the fields by name, in the order read. */
  record Fields(Map<String, String> values) {}

  private static ObjectCodec.Definition<Fields, Map<String, String>> definition() {
    return ObjectCodec.of(Fields.class, "fields under test", LinkedHashMap::new, Fields::new);
  }

  /** A codec of {@code count} string fields f0, f1, ...; those listed in {@code required} are required. */
  private static ObjectCodec<Fields, Map<String, String>> codec(int count, List<Integer> required) {
    ObjectCodec.Definition<Fields, Map<String, String>> definition = definition();
    for (int i = 0; i < count; i++) {
      String name = "f" + i;
      if (required.contains(i)) {
        definition.required(name, f -> f.values().get(name), (b, v) -> b.put(name, v), TextCodecs.STRING);
      } else {
        definition.optional(name, f -> Optional.ofNullable(f.values().get(name)), (b, v) -> b.put(name, v),
            TextCodecs.STRING);
      }
    }
    return definition.build();
  }

  private static Fields read(ObjectCodec<Fields, Map<String, String>> codec, String json) throws IOException {
    byte[] bytes = json.getBytes(UTF_8);
    ReadContext ctx = new ReadContext(Optional.of("test.json"), false, bytes, 10);
    try (JsonParser p = new JsonFactory().createParser(bytes)) {
      p.nextToken();
      try {
        return codec.read(p, ctx);
      } catch (ReadContext.Reported e) {
        throw ctx.failure(null);
      }
    }
  }

  private static String document(int count, int... left) {
    List<Integer> out = IntStream.of(left).boxed().toList();
    return IntStream.range(0, count).filter(i -> !out.contains(i))
        .mapToObj(i -> "\"f" + i + "\":\"v" + i + "\"").collect(Collectors.joining(",", "{", "}"));
  }

  @Test
  void sixtyFourFieldsAreAsManyAsACodecHolds() {
    assertThat(codec(64, List.of()).fields()).hasSize(64);
    assertThatThrownBy(() -> codec(65, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 64");
  }

  @Test
  void aFieldNameIsMappedOnce() {
    ObjectCodec.Definition<Fields, Map<String, String>> twice = definition()
        .required("name", f -> f.values().get("name"), (b, v) -> b.put("name", v), TextCodecs.STRING)
        .optional("name", f -> Optional.empty(), (b, v) -> b.put("again", v), TextCodecs.STRING);

    assertThatThrownBy(twice::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'name' twice");
  }

  @Test
  void everyFieldOfAFullCodecIsRead() throws IOException {
    assertThat(read(codec(64, List.of(0, 1, 31, 32, 63)), document(64)).values())
        .hasSize(64).containsEntry("f0", "v0").containsEntry("f32", "v32").containsEntry("f63", "v63");
  }

  @Test
  void eachMissingRequiredFieldIsNamedWhereverItIsDeclared() {
    ObjectCodec<Fields, Map<String, String>> codec = codec(64, List.of(0, 1, 31, 32, 63));
    for (int missing : new int[] {0, 1, 31, 32, 63}) {
      assertThatThrownBy(() -> read(codec, document(64, missing)))
          .as("f%s missing", missing)
          .isInstanceOfSatisfying(PlanReadException.class, e -> {
            assertThat(e.errors()).extracting(ReadError::kind).containsExactly(ReadErrorKind.MISSING_FIELD);
            assertThat(e.errors().get(0).englishMessage()).contains("\"f" + missing + "\"");
          });
    }
  }

  @Test
  void anOptionalFieldMayBeLeftOut() throws IOException {
    assertThat(read(codec(64, List.of(0, 1, 31, 32, 63)), document(64, 2, 33, 62)).values())
        .hasSize(61).doesNotContainKeys("f2", "f33", "f62");
  }

  @Test
  void aFieldGivenTwiceIsADuplicateEvenAtTheLastBit() {
    ObjectCodec<Fields, Map<String, String>> codec = codec(64, List.of());
    String json = document(64).replace("}", ",\"f63\":\"again\"}");

    assertThatThrownBy(() -> read(codec, json)).isInstanceOfSatisfying(PlanReadException.class, e ->
        assertThat(e.errors()).extracting(ReadError::kind).containsExactly(ReadErrorKind.DUPLICATE_FIELD));
  }
}
