package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import it.pianodizona.io.internal.Codec;
import it.pianodizona.io.internal.ModelCodecs;
import it.pianodizona.io.internal.MonitoringCodecs;
import it.pianodizona.io.internal.ObjectCodec;
import it.pianodizona.io.internal.ObjectCodec.Field;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.testkit.plans.CremaSkeleton;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mapping covers the model, all of it, in its order: a new attribute in plan-model fails
 * here until plan-io writes it, and the round-trip generator is checked to reach every field.
 */
class MappingCoverageTest {

  /** Value types written as JSON scalars rather than objects. */
  private static final Set<Class<?>> SCALARS = Set.of(Money.class, Percentage.class, PartialDate.class);

  /** The plan's codecs and the monitoring document's, which share the model's common types. */
  private static final List<ObjectCodec<?, ?>> ALL = Stream.concat(ModelCodecs.ALL.stream(),
      MonitoringCodecs.ALL.stream()).toList();

  private static final Map<Class<?>, ObjectCodec<?, ?>> CODECS = ALL.stream()
      .collect(Collectors.toMap(ObjectCodec::type, c -> c));

  /** Every abstract type of the model that Immutables implements, except the scalars. */
  private static Set<Class<?>> modelValueTypes() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("it.pianodizona.model").stream()
        .filter(c -> c.getSimpleName().startsWith("Immutable") && c.getEnclosingClass().isEmpty())
        .map(JavaClass::reflect)
        .map(MappingCoverageTest::abstractType)
        .filter(type -> !SCALARS.contains(type))
        .collect(Collectors.toSet());
  }

  private static Class<?> abstractType(Class<?> immutable) {
    String name = immutable.getSimpleName().substring("Immutable".length());
    if (immutable.getSuperclass().getSimpleName().equals(name)) {
      return immutable.getSuperclass();
    }
    return Arrays.stream(immutable.getInterfaces()).filter(i -> i.getSimpleName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no abstract type for " + immutable));
  }

  /**
   * The attributes of a model type in declaration order: the instance fields Immutables
   * generates for them, which javac keeps in the order of the attributes (derived and lazy
   * values are transient or absent).
   */
  private static List<String> attributes(Class<?> type) throws ClassNotFoundException {
    Class<?> immutable = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    return Arrays.stream(immutable.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
        .map(java.lang.reflect.Field::getName)
        .toList();
  }

  @Test
  void everyModelTypeHasACodecAndNoCodecLacksAModelType() {
    assertThat(CODECS.keySet()).containsExactlyInAnyOrderElementsOf(modelValueTypes());
    assertThat(ALL).doesNotHaveDuplicates();
  }

  @Test
  void everyAttributeIsMappedUnderItsOwnNameInDeclarationOrder() throws ClassNotFoundException {
    for (ObjectCodec<?, ?> codec : ALL) {
      List<String> mapped = codec.fields().stream().filter(f -> !f.synthetic()).map(Field::name).toList();
      assertThat(mapped).as(codec.name()).containsExactlyElementsOf(attributes(codec.type()));
    }
  }

  @Test
  void onlyThePlanCarriesTheFormatVersionAndItComesFirst() {
    for (ObjectCodec<?, ?> codec : ALL) {
      List<String> synthetic = codec.fields().stream().filter(Field::synthetic).map(Field::name).toList();
      if (codec == ModelCodecs.ZONE_PLAN || codec == MonitoringCodecs.MONITORING_DOCUMENT) {
        assertThat(synthetic).containsExactly("schemaVersion");
        assertThat(codec.fields().get(0).name()).isEqualTo("schemaVersion");
      } else {
        assertThat(synthetic).as(codec.name()).isEmpty();
      }
    }
  }

  /**
   * Every path the mapping can produce, e.g. {@code /objectives/*}{@code /indicators/*}{@code /target/outOf},
   * appears in the JSON of a few hundred generated plans: the round-trip property really
   * exercises every field.
   */
  @Test
  void theRoundTripGeneratorReachesEveryField() throws IOException {
    Set<String> possible = new TreeSet<>();
    paths(ModelCodecs.ZONE_PLAN, "", possible);
    Set<String> seen = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    for (long seed = 0; seed < 300; seed++) {
      collect(json.readTree(PlanJson.write(AnyPlans.generate(seed))), "", seen);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(possible);
  }

  private static void paths(ObjectCodec<?, ?> codec, String prefix, Set<String> into) {
    for (Field field : codec.fields()) {
      String path = prefix + "/" + field.name() + (field.repeated() ? "/*" : "");
      into.add(path);
      Codec<?> value = field.codec();
      if (value instanceof ObjectCodec<?, ?> object) {
        paths(object, path, into);
      }
    }
  }

  private static void collect(JsonNode node, String prefix, Set<String> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String path = prefix + "/" + field.getKey();
        if (field.getValue().isArray()) {
          path += "/*";
          into.add(path);
          for (JsonNode element : field.getValue()) {
            collect(element, path, into);
          }
        } else {
          into.add(path);
          collect(field.getValue(), path, into);
        }
      }
    }
  }

  @Test
  void enumsAreWrittenAsTheirLowerCaseNames() throws IOException {
    JsonNode plan = new ObjectMapper().readTree(PlanJson.write(CremaSkeleton.plan()));
    assertThat(plan.path("status").asText()).isEqualTo("approved");
    assertThat(plan.path("district").path("region").asText()).isEqualTo("lombardia");
    assertThat(plan.path("organisations").get(0).path("kind").asText()).isEqualTo("health_authority");
    JsonNode schema = new ObjectMapper().readTree(PlanJson.schema());
    assertThat(schema.path("$defs").path("Meeting").path("properties").path("mode").path("enum"))
        .extracting(JsonNode::asText).containsExactly("in_person", "online", "hybrid");
  }
}
