package it.pianodizona.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadError;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.io.ReadWarning;
import java.io.IOException;
import java.util.Arrays;
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
 * name once, and every required field, up to the 64th, reported by name when it is missing; every
 * kind of field a definition declares, and the errors of arrays, each collected where it is.
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
    return read(codec, json, new ReadContext(Optional.of("test.json"), false, json.getBytes(UTF_8), 10));
  }

  private static Fields read(ObjectCodec<Fields, Map<String, String>> codec, String json, ReadContext ctx)
      throws IOException {
    byte[] bytes = json.getBytes(UTF_8);
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

  /**
   * A codec of every kind of field, declared in one chain as the model's tables are: a
   * {@code "$schema"}, a version of which "1.0" is still read, a required name, a defaulted
   * count, a list of strings and a set of ISTAT codes.
   */
  private static ObjectCodec<Fields, Map<String, String>> everyKind() {
    ObjectCodec.Check version = (value, p, ctx) -> {
      if (!value.equals("1.1") && !value.equals("1.0")) {
        throw ctx.error(p, ReadErrorKind.UNSUPPORTED_SCHEMA_VERSION,
            ReadMessages.of("UNSUPPORTED_SCHEMA_VERSION", "version", value, "supported", "1.1"));
      }
    };
    return definition()
        .schemaReference()
        .constant("schemaVersion", "1.1", version, ImmutableList.of("1.0", "1.1"))
        .constant("format", "pdz", (value, p, ctx) -> { })
        .required("name", f -> f.values().get("name"), (b, v) -> b.put("name", v), TextCodecs.STRING)
        .defaulted("count", f -> f.values().getOrDefault("count", "0"), (b, v) -> b.put("count", v),
            TextCodecs.STRING)
        .list("tags", f -> List.of(f.values().getOrDefault("tags", "").split(",")),
            (b, v) -> b.merge("tags", v, (a, c) -> a + "," + c), TextCodecs.STRING)
        .set("codes", f -> Arrays.asList(f.values().getOrDefault("codes", "").split(",")),
            (b, v) -> b.merge("codes", v, (a, c) -> a + "," + c), TextCodecs.digitString(6, "value.istatCode"))
        .build();
  }

  @Test
  void aCodecDeclaresEveryKindOfFieldInOneChain() throws IOException {
    ObjectCodec<Fields, Map<String, String>> codec = everyKind();

    assertThat(codec.acceptsSchemaReference()).isTrue();
    assertThat(codec.description()).isEqualTo("fields under test");
    assertThat(codec.fields()).extracting(ObjectCodec.Field::name)
        .containsExactly("schemaVersion", "format", "name", "count", "tags", "codes");
    assertThat(codec.fields()).extracting(ObjectCodec.Field::repeated)
        .containsExactly(false, false, false, false, true, true);
    assertThat(codec.fields()).extracting(ObjectCodec.Field::required)
        .containsExactly(true, true, true, false, false, false);
    assertThat(codec.fields()).extracting(ObjectCodec.Field::synthetic)
        .containsExactly(true, true, false, false, false, false);
    assertThat(read(codec, "{\"$schema\":\"./zone-plan.schema.json\",\"schemaVersion\":\"1.0\",\"format\":\"pdz\","
        + "\"name\":\"Crema\",\"tags\":[\"a\",\"b\"],\"codes\":[\"019035\",\"019009\"]}").values())
        .containsExactly(Map.entry("name", "Crema"), Map.entry("tags", "a,b"), Map.entry("codes", "019035,019009"));
  }

  @Test
  void aCodecWithoutASchemaFieldDoesNotAcceptOne() {
    ObjectCodec<Fields, Map<String, String>> codec = codec(2, List.of(0));

    assertThat(codec.acceptsSchemaReference()).isFalse();
    assertThatThrownBy(() -> read(codec, "{\"$schema\":\"x\",\"f0\":\"v\"}"))
        .isInstanceOfSatisfying(PlanReadException.class, e ->
            assertThat(e.errors()).extracting(ReadError::kind).containsExactly(ReadErrorKind.UNKNOWN_FIELD));
  }

  @Test
  void aDefinitionWithoutFieldsIsRefused() {
    assertThatThrownBy(() -> definition().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no fields");
  }

  @Test
  void everyErrorInAnArrayAndAfterItIsCollectedWhereItIs() {
    String json = "{\"name\":\"Crema\",\"format\":\"pdz\",\"schemaVersion\":\"1.1\","
        + "\"tags\":[\"a\",1,{\"x\":[2]},\"b\",true],"
        + "\"codes\":[\"019035\",\"19035\",\"019035\"],"
        + "\"count\":3}";

    assertThatThrownBy(() -> read(everyKind(), json)).isInstanceOfSatisfying(PlanReadException.class, e -> {
      assertThat(e.errors()).extracting(r -> r.kind() + " " + r.location().pointer() + " " + r.location().column())
          .containsExactly(
              "WRONG_TYPE /tags/1 66",
              "WRONG_TYPE /tags/2 68",
              "WRONG_TYPE /tags/4 82",
              "INVALID_VALUE /codes/1 106",
              "INVALID_VALUE /codes/2 114",
              "WRONG_TYPE /count 132");
      assertThat(e.errors().get(4).englishMessage()).isEqualTo("value \"019035\" appears twice in \"codes\"");
    });
  }

  @Test
  void aLenientReadWarnsOfAMisspeltRequiredFieldAndStillFindsItMissing() throws IOException {
    String json = "{\"nmae\":\"Crema\",\"format\":\"pdz\",\"schemaVersion\":\"1.1\"}";
    ReadContext lenient = new ReadContext(Optional.of("test.json"), true, json.getBytes(UTF_8), 10);

    assertThatThrownBy(() -> read(everyKind(), json, lenient)).isInstanceOfSatisfying(PlanReadException.class, e -> {
      assertThat(e.errors()).extracting(ReadError::kind).containsExactly(ReadErrorKind.MISSING_FIELD);
      assertThat(e.errors().get(0).englishMessage()).contains("\"name\"");
    });
    assertThat(lenient.warnings()).extracting(ReadWarning::englishMessage)
        .containsExactly("unknown field \"nmae\" in Fields (did you mean \"name\"?)");
  }

  @Test
  void aStrictReadReportsAMisspeltRequiredFieldOnceAsUnknown() {
    String json = "{\"nmae\":\"Crema\",\"format\":\"pdz\",\"schemaVersion\":\"1.1\"}";

    assertThatThrownBy(() -> read(everyKind(), json)).isInstanceOfSatisfying(PlanReadException.class, e ->
        assertThat(e.errors()).extracting(ReadError::kind).containsExactly(ReadErrorKind.UNKNOWN_FIELD));
  }
}
