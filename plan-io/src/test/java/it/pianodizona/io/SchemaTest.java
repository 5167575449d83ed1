package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import it.pianodizona.io.internal.Canonical;
import it.pianodizona.io.internal.SchemaGenerator;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.plans.PlanArbitraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped in the jar is generated from the mapping, and agrees with it: every
 * plan the writer produces validates, and documents the reader refuses for their structure or
 * value forms the schema refuses too.
 */
class SchemaTest {

  private static final String SCHEMA_SOURCE = "src/main/resources" + PlanJson.SCHEMA_RESOURCE;

  /** Numbers as BigDecimal, so that {@code multipleOf: 0.01} is decided exactly. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static final JsonSchema SCHEMA = loadSchema();

  /**
   * The schema is found by its {@code $id} on the class path; any other address, such as a
   * remote {@code $ref}, is refused rather than fetched.
   */
  private static JsonSchema loadSchema() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
        .schemaMappers(mappers -> mappers.mapPrefix(PlanJson.SCHEMA_ID, "classpath:" + PlanJson.SCHEMA_RESOURCE.substring(1)))
        .schemaLoaders(loaders -> loaders.add(iri -> {
          if (!iri.toString().startsWith("classpath:")) {
            throw new IllegalStateException("refusing to fetch " + iri);
          }
          return null; // the class path loader that follows reads it
        })));
    return factory.getSchema(SchemaLocation.of(PlanJson.SCHEMA_ID));
  }

  private static Set<ValidationMessage> validate(String json) {
    try {
      return SCHEMA.validate(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theShippedSchemaIsTheOneGeneratedFromTheMapping() {
    String generated = Canonical.toString(SchemaGenerator.planSchema(PlanJson.SCHEMA_ID));
    if (Fixtures.REGENERATE) {
      Fixtures.regenerate(SCHEMA_SOURCE, generated);
      return; // the class path still has the old copy until the next build
    }
    assertThat(PlanJson.schema()).isEqualTo(generated);
  }

  @Test
  void theSchemaIsDraft2020WithItsIdAndOnlyLocalReferences() throws IOException {
    JsonNode schema = JSON.readTree(PlanJson.schema());
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).isEqualTo("https://pianodizona.it/schema/zone-plan/1.1");
    assertThat(schema.findValuesAsText("$ref")).isNotEmpty().allMatch(ref -> ref.startsWith("#/$defs/"));
    // Schema 1.1 adds optional fields only: it accepts a 1.0 document as well (docs/JSON-FORMAT.md).
    assertThat(schema.path("$defs").path("ZonePlan").path("properties").path("schemaVersion").path("enum"))
        .extracting(JsonNode::asText).containsExactly("1.0", "1.1");
    assertThat(PlanJson.schemaUrl().toString()).endsWith("/it/pianodizona/io/schema/zone-plan-1.1.schema.json");
  }

  @Test
  void aRemoteReferenceIsNeverFetched() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
        .schemaLoaders(loaders -> loaders.add(iri -> {
          if (!iri.toString().startsWith("classpath:")) {
            throw new IllegalStateException("refusing to fetch " + iri);
          }
          return null;
        })));
    JsonSchema remote = factory.getSchema("{\"$ref\": \"https://example.org/elsewhere.json\"}");
    assertThatThrownBy(() -> remote.validate(JSON.readTree("{}")))
        .hasStackTraceContaining("refusing to fetch https://example.org/elsewhere.json");
  }

  @Test
  void theCremaSkeletonValidates() {
    assertThat(validate(Fixtures.resource(Fixtures.CREMA_RESOURCE))).isEmpty();
    assertThat(validate(Fixtures.MINIMAL)).isEmpty();
  }

  /** The real plans other modules bundle, where the source tree has them. */
  @Test
  void everyBundledExamplePlanValidatesAndReads() throws IOException {
    Path plans = Path.of("../examples/plans");
    if (!Files.isDirectory(plans)) {
      return;
    }
    try (Stream<Path> files = Files.list(plans)) {
      List<Path> bundled = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertThat(bundled).isNotEmpty();
      for (Path file : bundled) {
        assertThat(validate(Files.readString(file))).as(file.toString()).isEmpty();
        assertThat(PlanJson.read(file)).as(file.toString()).isNotNull();
      }
    }
  }

  @Property
  void everyPlanTheWriterProducesValidates(@ForAll("anyPlans") ZonePlan plan) {
    assertThat(validate(PlanJson.write(plan))).isEmpty();
  }

  @Property
  void everyRealisticPlanValidates(@ForAll("realisticPlans") ZonePlan plan) {
    assertThat(validate(PlanJson.write(plan))).isEmpty();
  }

  /** Thousands of plans in one sweep, from fixed seeds, beyond the properties' own tries. */
  @Test
  void twoThousandSeededPlansValidate() {
    for (long seed = 0; seed < 2_000; seed++) {
      String json = PlanJson.write(AnyPlans.generate(seed));
      assertThat(validate(json)).as("seed %s", seed).isEmpty();
    }
  }

  @Provide
  Arbitrary<ZonePlan> anyPlans() {
    return AnyPlans.plans();
  }

  @Provide
  Arbitrary<ZonePlan> realisticPlans() {
    return PlanArbitraries.plansUpTo(12);
  }

  private static final String DOC = Fixtures.MINIMAL;

  private static String with(String fields) {
    return DOC.substring(0, DOC.lastIndexOf("  }\n}")) + "  },\n" + fields + "\n}\n";
  }

  static List<String> badDocuments() {
    return List.of(
        DOC.replace("\"name\"", "\"nmae\""),
        DOC.replace(",\n    \"region\": \"lombardia\"", ""),
        DOC.replace("  \"schemaVersion\": \"1.0\",\n", ""),
        DOC.replace("\"1.0\"", "\"2.0\""),
        DOC.replace("\"Piano di Zona 2015-2017\"", "12"),
        DOC.replace("\"Piano di Zona 2015-2017\"", "null"),
        DOC.replace("\"lombardia\"", "\"Lombardia\""),
        DOC.replace("2017-12-31", "31/12/2017"),
        "[]",
        with("  \"budget\": {\"lines\": [{\"year\": 2015, \"amount\": 15000.001}]}"),
        with("  \"budget\": {\"lines\": [{\"year\": 10000}]}"),
        with("  \"budget\": {\"declaredShares\": [{\"year\": 2015, \"kind\": \"jointly_managed\", \"value\": 101}]}"),
        with("  \"budget\": {\"declaredShares\": [{\"year\": 2015, \"kind\": \"jointly_managed\", \"value\": 29, "
            + "\"decimals\": 7}]}"),
        with("  \"governanceBodies\": [{\"id\": \"a\", \"kind\": \"mayors_assembly\", \"name\": \"Assemblea dei Sindaci\", "
            + "\"powers\": [\"decides\", \"decides\"]}]"),
        with("  \"governanceBodies\": [{\"id\": \"a\", \"kind\": \"mayors_assembly\", \"name\": \"Assemblea dei Sindaci\", "
            + "\"seatRules\": [{\"id\": \"s\", \"basis\": \"per_municipality\", \"seats\": -1, \"statedAs\": \"tutti\"}]}]"),
        with("  \"governanceBodies\": [{\"id\": \"a\", \"kind\": \"mayors_assembly\", \"name\": \"Assemblea dei Sindaci\", "
            + "\"cadence\": {\"meetings\": 0, \"per\": \"month\"}}]"),
        with("  \"participation\": {\"meetings\": [{\"id\": \"m\", \"date\": \"2014-09-29\", \"startTime\": \"25:00\"}]}"),
        with("  \"participation\": {\"meetings\": [{\"id\": \"m\", \"date\": \"2014-9\"}]}"),
        with("  \"objectives\": [{\"id\": \"o\", \"code\": \"1\", \"title\": \"t\", \"matrixCell\": {\"rowId\": \"pic\"}}]"),
        with("  \"status\": \"APPROVED\""),
        DOC.replace("\"region\": \"lombardia\"", "\"region\": \"lombardia\",\n    \"municipalities\": "
            + "[{\"id\": \"comune-crema\", \"name\": \"Crema\", \"istatCode\": \"19035\"}]"));
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void whatTheReaderRefusesForItsFormTheSchemaRefusesToo(String json) {
    assertThatThrownBy(() -> PlanJson.read(json)).isInstanceOf(PlanReadException.class);
    assertThat(validate(json)).isNotEmpty();
  }

  /**
   * What the schema cannot say: rules across fields and the calendar. The reader refuses these
   * documents through the model, the schema lets them pass; this test keeps the list honest.
   */
  static List<String> onlyTheModelRefuses() {
    return List.of(
        DOC.replace("2017-12-31", "2017-02-30"),
        DOC.replace("2015-05-01", "2018-05-01"),
        with("  \"organisations\": [{\"id\": \"asl-cremona\", \"name\": \"ASL di Cremona\", \"kind\": \"health_authority\", "
            + "\"runtsSection\": \"other_entities\"}]"),
        with("  \"annualOperatingPlans\": [{\"year\": 2016, \"title\": \"Piano operativo\", \"adoptedOn\": \"2016-02-30\"}]"),
        with("  \"objectives\": [{\"id\": \"o\", \"code\": \"1\", \"title\": \"t\", \"indicators\": [{\"id\": \"i\", "
            + "\"description\": \"d\", \"unit\": \"count\", \"target\": {\"kind\": \"at_least\"}}]}]"));
  }

  @ParameterizedTest
  @MethodSource("onlyTheModelRefuses")
  void crossFieldRulesAreTheReadersAlone(String json) {
    assertThatThrownBy(() -> PlanJson.read(json)).isInstanceOfSatisfying(PlanReadException.class,
        e -> assertThat(e.kind()).isIn(ReadErrorKind.INVALID_VALUE, ReadErrorKind.REJECTED_BY_MODEL));
    assertThat(validate(json)).isEmpty();
  }
}
