package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import it.pianodizona.io.internal.EnumCodecs;
import it.pianodizona.io.internal.EnumCodecs.EnumCodec;
import it.pianodizona.io.internal.ModelCodecs;
import it.pianodizona.io.internal.MonitoringCodecs;
import it.pianodizona.io.internal.ObjectCodec;
import it.pianodizona.io.internal.SchemaGenerator;
import it.pianodizona.io.internal.SchemaTexts;
import it.pianodizona.io.internal.SchemaTexts.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * I testi dello schema: every definition, field and enum value of the plan and monitoring schemas
 * has an Italian and an English title and description in {@code schema-texts.properties}, every
 * key there names something of the mapping, and every example is a real value of its field in a
 * bundled plan. A failure names exactly the keys to add or remove.
 */
class SchemaTextsTest {

  static final String TEXTS_SOURCE = "plan-io/src/main/resources/it/pianodizona/io/internal/" + SchemaTexts.RESOURCE;

  static final String REGENERATE = "./mvnw -B -o -pl plan-io -am test "
      + "-Dtest='SchemaTest,MonitoringJsonTest,CanonicalFormTest,FieldReferenceTest' "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dpdz.regenerate=true";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static final SchemaTexts TEXTS = SchemaTexts.standard();

  /** Every object codec of both formats, each once. */
  static List<ObjectCodec<?, ?>> codecs() {
    Set<ObjectCodec<?, ?>> all = new LinkedHashSet<>(ModelCodecs.ALL);
    all.addAll(MonitoringCodecs.ALL);
    MonitoringCodecs.ALL.forEach(codec -> reachable(codec, all));
    return List.copyOf(all);
  }

  private static void reachable(ObjectCodec<?, ?> codec, Set<ObjectCodec<?, ?>> into) {
    for (ObjectCodec.Field field : codec.fields()) {
      if (field.codec() instanceof ObjectCodec<?, ?> object && into.add(object)) {
        reachable(object, into);
      }
    }
  }

  /** The text keys the mapping needs (without {@code .it} / {@code .en}), in table order. */
  static Set<String> neededKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (ObjectCodec<?, ?> codec : codecs()) {
      keys.add(codec.name());
      if (codec.acceptsSchemaReference()) {
        keys.add(fieldKey(codec.name(), "$schema"));
      }
      for (ObjectCodec.Field field : codec.fields()) {
        keys.add(fieldKey(codec.name(), field.name()));
        if (field.codec() instanceof EnumCodec<?> enumCodec) {
          for (Enum<?> constant : enumCodec.type().getEnumConstants()) {
            keys.add(enumCodec.type().getSimpleName() + "." + EnumCodecs.jsonName(constant));
          }
        }
      }
    }
    return keys;
  }

  /** A field's own key, or the shared {@code *.field} one when the file has that and not its own. */
  private static String fieldKey(String type, String field) {
    String own = type + "." + field;
    String shared = SchemaTexts.ANY_TYPE + "." + field;
    boolean hasOwn = TEXTS.keys().contains(own + ".it") || TEXTS.keys().contains(own + ".en");
    return !hasOwn && TEXTS.keys().contains(shared + ".it") ? shared : own;
  }

  @Test
  void everyDefinitionFieldAndEnumValueHasItalianAndEnglishTexts() {
    List<String> missing = new ArrayList<>();
    for (String key : neededKeys()) {
      for (String language : List.of(".it", ".en")) {
        if (!TEXTS.keys().contains(key + language)) {
          missing.add(key + language);
        }
      }
    }
    assertThat(missing)
        .as("%d texts are missing from %s (keys: Type for a definition, Type.field for a field, Enum.value for "
            + "a value of an enum, by its JSON form); add each as KEY = Titolo | Descrizione. (.it) and KEY = Title | "
            + "Description. (.en), then regenerate the schemas and docs/FIELDS.md with%n  %s%nMissing:%n  %s",
            missing.size(), TEXTS_SOURCE, REGENERATE, String.join("\n  ", missing))
        .isEmpty();
  }

  @Test
  void everyKeyNamesADefinitionFieldOrEnumValueOfTheMapping() {
    Set<String> needed = neededKeys();
    Set<String> fields = new LinkedHashSet<>();
    codecs().forEach(codec -> codec.fields().forEach(field -> fields.add(codec.name() + "." + field.name())));
    List<String> stale = new ArrayList<>();
    for (String key : TEXTS.keys()) {
      String base = key.replaceFirst("\\.(it|en|examples)$", "");
      if (key.endsWith(".examples") ? !fields.contains(base) : !needed.contains(base)) {
        stale.add(key);
      }
    }
    assertThat(stale).as("keys of %s that name nothing the mapping has (renamed or removed fields?):%n  %s",
        TEXTS_SOURCE, String.join("\n  ", stale)).isEmpty();
  }

  @Test
  void everyTextIsAShortTitleAndSentencesInBothLanguages() {
    List<String> wrong = new ArrayList<>();
    for (String key : neededKeys()) {
      Optional<Text> text = text(key);
      if (text.isEmpty()) {
        continue; // reported by the test above
      }
      Text t = text.get();
      if (t.titleIt().length() > 60 || t.titleEn().length() > 60) {
        wrong.add(key + ": a title longer than 60 characters");
      }
      if (!t.descriptionIt().endsWith(".") || !t.descriptionEn().endsWith(".")) {
        wrong.add(key + ": a description that is not a sentence ending with a full stop");
      }
      if (t.descriptionIt().equals(t.descriptionEn())) {
        wrong.add(key + ": the Italian description is the English one");
      }
      if (t.description().length() > 400) {
        wrong.add(key + ": descriptions longer than 400 characters (hovers are short)");
      }
    }
    assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
  }

  private static Optional<Text> text(String key) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      return TEXTS.definition(key);
    }
    String type = key.substring(0, dot);
    String rest = key.substring(dot + 1);
    Optional<Text> field = TEXTS.field(type, rest);
    return field.isPresent() ? field : TEXTS.enumValue(type, rest);
  }

  /** In the generated schemas, not only in the file: what an editor will show. */
  @Test
  void everyDefinitionPropertyAndEnumValueOfBothSchemasHasATitleAndADescription() {
    List<String> bare = new ArrayList<>();
    walk(SchemaGenerator.planSchema(PlanJson.SCHEMA_ID), "zone-plan#", bare);
    walk(MonitoringCodecs.schema(MonitoringJson.SCHEMA_ID), "monitoring#", bare);
    assertThat(bare).as("schema nodes without a title or description:%n  %s", String.join("\n  ", bare)).isEmpty();
  }

  /** Counts for the record (CHANGELOG): definitions, properties and enum values described. */
  static int[] counts(JsonNode schema) {
    int[] counts = new int[3];
    schema.path("$defs").forEach(definition -> {
      counts[0]++;
      definition.path("properties").forEach(property -> {
        counts[1]++;
        JsonNode values = property.has("anyOf") ? property.path("anyOf") : property.path("items").path("anyOf");
        counts[2] += values.size();
      });
    });
    return counts;
  }

  @Test
  void theSchemasDescribeEveryOneOfTheirDefinitionsPropertiesAndValues() {
    int[] plan = counts(SchemaGenerator.planSchema(PlanJson.SCHEMA_ID));
    int[] monitoring = counts(MonitoringCodecs.schema(MonitoringJson.SCHEMA_ID));
    assertThat(plan[0]).isGreaterThanOrEqualTo(54);
    assertThat(plan[1]).isGreaterThanOrEqualTo(340);
    assertThat(monitoring[0]).isGreaterThanOrEqualTo(8);
    System.out.printf("schema texts: plan %d definitions, %d properties, %d enum values at their uses; "
        + "monitoring %d, %d, %d%n", plan[0], plan[1], plan[2], monitoring[0], monitoring[1], monitoring[2]);
  }

  private static void walk(JsonNode schema, String at, List<String> bare) {
    for (Map.Entry<String, JsonNode> definition : schema.path("$defs").properties()) {
      String where = at + "/$defs/" + definition.getKey();
      needsTexts(definition.getValue(), where, bare);
      for (Map.Entry<String, JsonNode> property : definition.getValue().path("properties").properties()) {
        String field = where + "/properties/" + property.getKey();
        needsTexts(property.getValue(), field, bare);
        JsonNode values = property.getValue().has("anyOf") ? property.getValue().path("anyOf")
            : property.getValue().path("items").path("anyOf");
        for (JsonNode value : values) {
          needsTexts(value, field + " value " + value.path("const"), bare);
        }
        if (property.getValue().has("enum") && !property.getKey().equals("schemaVersion")
            && values.size() != property.getValue().path("enum").size()) {
          bare.add(field + ": an enum without a anyOf of described values");
        }
      }
    }
  }

  private static void needsTexts(JsonNode node, String where, List<String> bare) {
    if (node.path("title").asText("").isBlank() || node.path("description").asText("").isBlank()) {
      bare.add(where);
    }
  }

  /**
   * Examples are facts: each one is a value its field has in a bundled plan (examples/plans).
   * A monitoring field's example is a value found anywhere in the bundled plans (the ids of the
   * plan it monitors), because the bundled monitoring document is illustrative.
   */
  @Test
  void everyExampleIsARealValueOfItsFieldInABundledPlan() throws IOException {
    Path plans = Path.of("../examples/plans");
    FieldValues values = new FieldValues(JSON.readTree(PlanJson.schema()));
    try (Stream<Path> files = Files.list(plans)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        values.collect(JSON.readTree(Files.readString(file)));
      }
    }
    Set<String> monitoringTypes = new TreeSet<>();
    MonitoringCodecs.ALL.forEach(codec -> monitoringTypes.add(codec.name()));
    List<String> invented = new ArrayList<>();
    int examples = 0;
    for (ObjectCodec<?, ?> codec : codecs()) {
      for (ObjectCodec.Field field : codec.fields()) {
        Optional<ArrayNode> given = TEXTS.examples(codec.name(), field.name());
        if (given.isEmpty()) {
          continue;
        }
        for (JsonNode example : given.get()) {
          examples++;
          boolean real = monitoringTypes.contains(codec.name())
              ? values.anywhere(example)
              : values.of(codec.name(), field.name()).stream().anyMatch(v -> FieldValues.same(v, example));
          if (!real) {
            invented.add(codec.name() + "." + field.name() + ": " + example);
          }
        }
      }
    }
    assertThat(examples).isPositive();
    assertThat(invented).as("examples that are no value of their field in examples/plans/*.json:%n  %s",
        String.join("\n  ", invented)).isEmpty();
  }

  @Test
  void theGeneratedSchemaCarriesTheTextsOfTheFile() {
    ObjectNode schema = SchemaGenerator.planSchema(PlanJson.SCHEMA_ID);
    JsonNode objective = schema.path("$defs").path("Objective");
    assertThat(objective.path("title").asText()).isEqualTo(TEXTS.definition("Objective").orElseThrow().title());
    JsonNode region = schema.path("$defs").path("District").path("properties").path("region");
    assertThat(region.path("enum")).hasSameSizeAs(region.path("anyOf"));
    assertThat(region.path("anyOf").get(0).path("const").asText()).isEqualTo(region.path("enum").get(0).asText());
    assertThat(region.path("anyOf").get(0).path("title").asText()).isNotBlank();
  }
}
