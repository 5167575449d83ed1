package it.pianodizona.testkit;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.testkit.mutators.Mutation;
import it.pianodizona.testkit.mutators.Mutators;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The assertions pass on what is there and fail, saying what is there instead, on what is not. */
class ReportAssertTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(7, PlanShape.cremaSized(Region.LOMBARDIA));
  private static final Mutation UNBALANCED =
      Mutators.forRule("BUDGET_TOTAL_MISMATCH").apply(PLAN, 1).orElseThrow();
  private static final ValidationReport VALID = RuleTesting.validate(PLAN);
  private static final ValidationReport BROKEN = RuleTesting.validate(UNBALANCED, PLAN);

  @Test
  void aMutationIsReportedByItsRuleAtItsPath() {
    assertThat(VALID).hasNoErrors().hasNoFindings().hasNoFinding("BUDGET_TOTAL_MISMATCH");
    assertThat(BROKEN).hasFinding("BUDGET_TOTAL_MISMATCH").at(UNBALANCED.path())
        .withSeverity(Severity.ERROR).notWaived().times(1)
        .and().hasOnlyFindingsOf("BUDGET_TOTAL_MISMATCH").hasCount(Severity.ERROR, 1);
  }

  @Test
  void aMissingFindingFailsListingTheFindingsThereAre() {
    assertThatThrownBy(() -> assertThat(BROKEN).hasFinding("MILESTONE_OUTSIDE_PLAN_PERIOD"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a finding of MILESTONE_OUTSIDE_PLAN_PERIOD")
        .hasMessageContaining("BUDGET_TOTAL_MISMATCH");
  }

  @Test
  void aWrongPathOrSeverityFails() {
    assertThatThrownBy(() -> assertThat(BROKEN).hasFinding("BUDGET_TOTAL_MISMATCH").at("/budget/lines/0"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("at '/budget/lines/0'");
    assertThatThrownBy(() -> assertThat(BROKEN).hasFinding("BUDGET_TOTAL_MISMATCH").withSeverity(Severity.INFO))
        .isInstanceOf(AssertionError.class).hasMessageContaining("of severity INFO");
  }

  @Test
  void hasNoErrorsFailsOnAnError() {
    assertThatThrownBy(() -> assertThat(BROKEN).hasNoErrors())
        .isInstanceOf(AssertionError.class).hasMessageContaining("BUDGET_TOTAL_MISMATCH");
  }

  @Test
  void everyMutatorNamesItsRuleAndItsDefect() {
    assertThat(Mutators.all()).allSatisfy(m -> {
      assertThat(m.rule().id()).isEqualTo(m.ruleId());
      assertThat(m.defect(Locale.ENGLISH)).isNotBlank();
      assertThat(m.defect(Locale.ITALIAN)).isNotBlank();
    });
    assertThat(Mutators.forRule("BUDGET_TOTAL_MISMATCH").defect(Locale.ENGLISH))
        .isEqualTo("Budget lines do not add up to the declared total");
  }
}
