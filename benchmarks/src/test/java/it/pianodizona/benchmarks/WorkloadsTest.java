package it.pianodizona.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure the paths of a valid document: every workload must be accepted by the
 * reader and by the schema, or a benchmark would time an error path instead.
 */
class WorkloadsTest {

  private static JsonSchema schema;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void compileSchema() throws IOException {
    try (InputStream in = PlanJson.openSchema()) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void theCremaSizedPlanIsValidForTheSchemaAndTheRules() throws IOException {
    byte[] json = Workloads.json("1x");
    assertThat(schema.validate(MAPPER.readTree(json))).isEmpty();
    ValidationReport report = Workloads.validator().validate(PlanJson.read(json, "1x.json"));
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void theRealCremaPlanIsValidForTheSchemaAndHasNoErrors() throws IOException {
    byte[] json = Workloads.cremaJson();
    assertThat(schema.validate(MAPPER.readTree(json))).isEmpty();
    assertThat(Workloads.validator().validate(PlanJson.read(json, "crema.json")).count(Severity.ERROR)).isZero();
  }

  @Test
  void theSameWorkloadIsTheSameBytes() {
    assertThat(Workloads.json("1x")).isEqualTo(Workloads.json("1x"));
  }

  @Test
  void tenfoldPlansHoldTenTimesTheObjectivesBudgetLinesAndMeetings() {
    ZonePlan one = PlanJson.read(Workloads.json("1x"), "1x.json");
    ZonePlan ten = PlanJson.read(Workloads.json("10x"), "10x.json");
    assertThat(ten.objectives()).hasSize(10 * one.objectives().size());
    assertThat(ten.budget().lines()).hasSize(10 * one.budget().lines().size());
    assertThat(ten.participation().meetings()).hasSize(10 * one.participation().meetings().size());
  }

  @Test
  void batchPlansOfEveryRegionAreValid() {
    for (Region region : Region.values()) {
      ZonePlan plan = PlanJson.read(Workloads.synthetic(region.ordinal() + 1, region, 1), region + ".json");
      assertThat(Workloads.validator().validate(plan).findings()).as(region.name()).isEmpty();
    }
  }
}
