package org.example.intake;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Severity;
import it.pianodizona.testkit.mutators.Mutation;
import it.pianodizona.testkit.mutators.Mutators;
import it.pianodizona.testkit.plans.GeneratedPlan;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The intake's properties, over plans the toolkit's kit generates and breaks. */
class PlanIntakePropertiesTest {

  private final PlanIntake intake = new PlanIntake();

  @Property
  void anyValidLombardiaPlanIsAccepted(@ForAll @GeneratedPlan(region = Region.LOMBARDIA) ZonePlan plan) {
    LocalDate receivedOn = plan.period().start();

    PlanIntake.Outcome outcome = intake.receive(PlanJson.write(plan), receivedOn);

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.report()).hasNoErrors();
    assertThat(outcome.plan()).isEqualTo(plan);
  }

  @Property
  void anUnbalancedBudgetYearIsRejectedForThatReasonAlone(
      @ForAll @GeneratedPlan(region = Region.LOMBARDIA) ZonePlan plan, @ForAll int pick) {
    Optional<Mutation> unbalanced = Mutators.forRule("BUDGET_TOTAL_MISMATCH").apply(plan, pick);
    Assume.that(unbalanced.isPresent());
    Mutation mutation = unbalanced.get();

    PlanIntake.Outcome outcome = intake.receive(PlanJson.write(mutation.plan()), plan.period().start());

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.report()).hasOnlyFindingsOf("BUDGET_TOTAL_MISMATCH")
        .hasFinding("BUDGET_TOTAL_MISMATCH").at(mutation.path()).withSeverity(Severity.ERROR);
  }

  @Property
  void anAcceptedPlanIsFiledAndReadBackUnchanged(@ForAll @GeneratedPlan(maxObjectives = 4) ZonePlan plan)
      throws Exception {
    LocalDate receivedOn = plan.period().start();
    PlanIntake.Outcome outcome = intake.receive(PlanJson.write(plan), receivedOn);

    PlanIntake.Filed filed = intake.readFiled(intake.file(outcome, receivedOn));

    assertThat(filed.plan()).isEqualTo(plan);
    assertThat(filed.districtName()).isEqualTo(plan.district().name());
  }
}
