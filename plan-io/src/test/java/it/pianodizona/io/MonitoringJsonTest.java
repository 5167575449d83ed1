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
import it.pianodizona.io.internal.MonitoringCodecs;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.monitoring.ActionProgress;
import it.pianodizona.model.monitoring.ActionStatus;
import it.pianodizona.model.monitoring.ActualSpending;
import it.pianodizona.model.monitoring.IndicatorMeasurement;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.model.monitoring.MonitoringYear;
import it.pianodizona.model.monitoring.Staffing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Set;
import it.pianodizona.testkit.monitoring.MonitoringArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monitoring documents read strictly with located errors, write canonically and atomically, and
 * agree with their own JSON Schema, which is generated from the mapping like the plan's.
 */
class MonitoringJsonTest {

  private static final String SCHEMA_SOURCE = "src/main/resources" + MonitoringJson.SCHEMA_RESOURCE;
  private static final Path CREMA = Path.of("../examples/monitoring/crema-2015-2017-monitoring.json");

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /** Every field of the format, with facts of the Crema plan's ids and budget (values illustrative). */
  static MonitoringDocument full() {
    return MonitoringDocument.builder()
        .planId("crema-2015-2017")
        .title("Monitoraggio 2015")
        .addYears(MonitoringYear.builder().year(Year.of(2015))
            .addMeasurements(IndicatorMeasurement.builder().indicatorId("ind-3-1").value(BigDecimal.ONE)
                .date(PartialDate.parse("2015-06-25")).source("delibera").notes("illustrativo").build())
            .addSpending(ActualSpending.builder().objectiveId("obj-1").fundingSource(FundingSource.of(FundingSourceKind.FNPS))
                .amount(Money.of("15000")).statedAs("15.000,00").notes("illustrativo").build())
            .addSpending(ActualSpending.builder().objectiveId("obj-6").statedAs("n.d.").build())
            .addActions(ActionStatus.builder().actionId("act-3-1").progress(ActionProgress.DONE).notes("ok").build())
            .addStaffing(Staffing.builder().role("Assistente sociale").objectiveId("obj-9").headcount(12)
                .fullTimeEquivalents(new BigDecimal("10.5")).notes("illustrativo").build())
            .notes("anno")
            .build())
        .notes("illustrativo")
        .build();
  }

  private static JsonSchema schema() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
        .schemaMappers(mappers -> mappers.mapPrefix(MonitoringJson.SCHEMA_ID,
            "classpath:" + MonitoringJson.SCHEMA_RESOURCE.substring(1)))
        .schemaLoaders(loaders -> loaders.add(iri -> {
          if (!iri.toString().startsWith("classpath:")) {
            throw new IllegalStateException("refusing to fetch " + iri);
          }
          return null;
        })));
    return factory.getSchema(SchemaLocation.of(MonitoringJson.SCHEMA_ID));
  }

  private static Set<ValidationMessage> validate(String json) {
    try {
      return schema().validate(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theShippedSchemaIsTheOneGeneratedFromTheMapping() {
    String generated = Canonical.toString(MonitoringCodecs.schema(MonitoringJson.SCHEMA_ID));
    if (Fixtures.REGENERATE) {
      Fixtures.regenerate(SCHEMA_SOURCE, generated);
      return;
    }
    assertThat(MonitoringJson.schema()).isEqualTo(generated);
  }

  @Test
  void theSchemaIsDraft2020WithItsIdAndOnlyLocalReferences() throws IOException {
    JsonNode schema = JSON.readTree(MonitoringJson.schema());
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).isEqualTo("https://pianodizona.it/schema/monitoring/1.0");
    assertThat(schema.findValuesAsText("$ref")).isNotEmpty().allMatch(ref -> ref.startsWith("#/$defs/"));
  }

  @Test
  void aDocumentWithEveryFieldReadsBackEqualAndValidates() {
    String json = MonitoringJson.write(full());
    assertThat(MonitoringJson.read(json, "full.json")).isEqualTo(full());
    assertThat(MonitoringJson.write(MonitoringJson.read(json, "full.json"))).isEqualTo(json);
    assertThat(validate(json)).isEmpty();
  }

  @Test
  void theCremaExampleIsCanonicalAndValidates() throws IOException {
    String text = Files.readString(CREMA);
    MonitoringDocument document = MonitoringJson.read(CREMA);
    assertThat(MonitoringJson.write(document)).isEqualTo(text);
    assertThat(validate(text)).isEmpty();
    assertThat(document.planId()).isEqualTo("crema-2015-2017");
    assertThat(document.notes()).get().asString().contains("ILLUSTRATIVO").contains("ILLUSTRATIVE");
  }

  @Test
  void aBlankAmountStaysUnknown() {
    MonitoringDocument read = MonitoringJson.read(MonitoringJson.write(full()), "full.json");
    assertThat(read.years().get(0).spending().get(1).amount()).isEmpty();
  }

  @Test
  void anUnknownFieldIsALocatedErrorWithASuggestion() {
    String json = "{\n  \"schemaVersion\": \"1.0\",\n  \"planId\": \"p\",\n  \"yeras\": []\n}\n";
    assertThatThrownBy(() -> MonitoringJson.read(json, "m.json"))
        .isInstanceOf(PlanReadException.class)
        .hasMessageStartingWith("m.json:4:3 /yeras:")
        .hasMessageContaining("years");
  }

  @Test
  void anAmountWithThreeDecimalsIsRefusedAtItsPointer() {
    String json = "{\"schemaVersion\": \"1.0\", \"planId\": \"p\", \"years\": [{\"year\": 2015, "
        + "\"spending\": [{\"objectiveId\": \"obj-1\", \"amount\": 10.005}]}]}";
    assertThatThrownBy(() -> MonitoringJson.read(json, "m.json"))
        .isInstanceOf(PlanReadException.class)
        .satisfies(e -> assertThat(((PlanReadException) e).location().pointer())
            .isEqualTo("/years/0/spending/0/amount"));
  }

  @Test
  void anotherFormatVersionIsRefused() {
    assertThatThrownBy(() -> MonitoringJson.read("{\"schemaVersion\": \"2.0\", \"planId\": \"p\"}", "m.json"))
        .isInstanceOf(PlanReadException.class)
        .satisfies(e -> assertThat(((PlanReadException) e).kind()).isEqualTo(ReadErrorKind.UNSUPPORTED_SCHEMA_VERSION))
        .hasMessageContaining("monitoring schemaVersion \"2.0\"");
  }

  @Test
  void contentAfterTheDocumentIsNamedAsMonitoring() {
    assertThatThrownBy(() -> MonitoringJson.read("{\"schemaVersion\": \"1.0\", \"planId\": \"p\"} {}", "m.json"))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("content after the end of the monitoring document");
  }

  @Test
  void aMissingPlanIdIsRefused() {
    assertThatThrownBy(() -> MonitoringJson.read("{\"schemaVersion\": \"1.0\"}", "m.json"))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("\"planId\"");
    assertThat(validate("{\"schemaVersion\": \"1.0\"}")).isNotEmpty();
  }

  @Test
  void aNegativeHeadcountIsRefusedByReaderAndSchema() {
    String json = "{\"schemaVersion\": \"1.0\", \"planId\": \"p\", \"years\": [{\"year\": 2015, "
        + "\"staffing\": [{\"role\": \"AS\", \"headcount\": -1}]}]}";
    assertThatThrownBy(() -> MonitoringJson.read(json, "m.json")).isInstanceOf(PlanReadException.class);
    assertThat(validate(json)).isNotEmpty();
  }

  @Test
  void aDocumentWrittenToAStreamReadsBackFromAStreamAndFromBytes() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    MonitoringJson.write(full(), out);

    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(MonitoringJson.write(full()));
    assertThat(MonitoringJson.read(new java.io.ByteArrayInputStream(out.toByteArray()), "m.json")).isEqualTo(full());
    assertThat(MonitoringJson.read(out.toByteArray(), "m.json")).isEqualTo(full());
  }

  @Test
  void writingAFileIsAtomicAndReadsBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.json");
    MonitoringJson.write(full(), file);
    assertThat(MonitoringJson.read(file)).isEqualTo(full());
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Property(tries = 100)
  void generatedMonitoringReadsBackEqualAndValidates(@ForAll("monitored") MonitoringArbitraries.Monitored m) {
    String json = MonitoringJson.write(m.monitoring());
    assertThat(MonitoringJson.read(json, "generated.json")).isEqualTo(m.monitoring());
    assertThat(validate(json)).isEmpty();
  }

  @Provide
  Arbitrary<MonitoringArbitraries.Monitored> monitored() {
    return MonitoringArbitraries.monitoredPlans();
  }
}
