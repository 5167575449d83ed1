package it.pianodizona.model;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.common.Money;
import it.pianodizona.testkit.plans.CremaSkeleton;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Construction accepts the merely implausible, which the rules report (plan-model's ConstructionTest has the rest). */
class ImplausiblePlansTest {

  @Test
  void implausiblePlansLoadSoThatRulesCanReportThem() {
    ZonePlan crema = CremaSkeleton.plan();
    ZonePlan broken = ZonePlan.builder().from(crema)
        // a dangling objective reference, a duplicate id, a negative amount, an ineligible adherent
        .budget(ImmutableBudget.copyOf(crema.budget()).withLines(BudgetLine.builder().objectiveId("obj-99")
            .year(Year.of(2030)).amount(Money.of("-1.00")).build()))
        .addObjectives(crema.objectives().get(0))
        .agreement(ImmutableProgrammeAgreement.copyOf(crema.agreement().orElseThrow()).withAdherents(Adherent.of("asl-cremona")))
        .build();
    assertThat(broken.objectives()).hasSize(11);
    assertThat(broken.objectivesById()).hasSize(10);
    assertThat(broken.budget().lines().get(0).amount().orElseThrow().isNegative()).isTrue();
  }
}
