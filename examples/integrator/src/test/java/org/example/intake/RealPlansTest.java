package org.example.intake;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.io.PlanJson;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The intake on a real plan, a broken upload, and the schema the toolkit ships. */
class RealPlansTest {

  private static final Path PLANS = Path.of(System.getProperty("intake.plans", "../plans"));

  private final PlanIntake intake = new PlanIntake();

  @Test
  void theCremaPlanIsAcceptedWithTheWarningsAReviewerWouldRaise() throws IOException {
    String json = Files.readString(PLANS.resolve("crema-2015-2017.json"), StandardCharsets.UTF_8);

    PlanIntake.Outcome outcome = intake.receive(json, LocalDate.of(2015, 6, 30));

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.plan().objectives()).hasSize(10);
    // Objective 7's 2017 budget is 44.81% of district social spending; its target is 45-50%.
    assertThat(outcome.report()).hasNoErrors()
        .hasFinding("BUDGET_TARGET_NOT_MET").at("/objectives/6/indicators/1/target")
        .withSeverity(Severity.WARNING);
  }

  @Test
  void theReadmeExamplePrintsTheFindings() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    boolean errors = ValidateFile.printFindings(PLANS.resolve("crema-2015-2017.json"), LocalDate.of(2015, 6, 30),
        new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(errors).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("WARNING BUDGET_TARGET_NOT_MET /objectives/6/indicators/1/target");
  }

  @Test
  void aBrokenUploadIsRefusedWithWhereAndWhy() {
    assertThatThrownBy(() -> intake.receive("{\"id\": \"p\", \"period\": 2015}", LocalDate.of(2015, 1, 1)))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("upload");
  }

  @Test
  void theSchemaIsOnTheClassPathUnderItsStableId() throws IOException {
    assertThat(PlanJson.SCHEMA_RESOURCE).startsWith("/it/pianodizona/io/schema/");
    try (InputStream schema = PlanJson.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
      assertThat(schema).isNotNull();
      assertThat(new String(schema.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"$id\"").contains(PlanJson.SCHEMA_ID);
    }
  }
}
