package it.pianodizona.testkit.plans;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.standard.StandardRules;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticPlansTest {

  @Test
  void everyPlanIsMarkedSyntheticInItsIdTitleAndNotes() {
    for (int i = 0; i < 5; i++) {
      ZonePlan plan = SyntheticPlans.plan(1, i);
      assertThat(plan.id()).startsWith("synthetic-");
      assertThat(plan.title()).startsWith("[SINTETICO] ");
      assertThat(plan.notes()).hasValueSatisfying(n -> assertThat(n).startsWith("Piano SINTETICO"));
      assertThat(plan.agreement().orElseThrow().adoptsPlanId()).isEqualTo(plan.id());
    }
  }

  @Test
  void theSameSeedAndIndexGiveTheSamePlanAndIdsDiffer() {
    assertThat(SyntheticPlans.plan(1, 3)).isEqualTo(SyntheticPlans.plan(1, 3));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      ids.add(SyntheticPlans.plan(1, i).id());
    }
    assertThat(ids).hasSize(50);
  }

  @Test
  void objectivesLieInPolicyAreasWithRealNames() {
    ZonePlan plan = SyntheticPlans.plan(1, 0);
    assertThat(plan.policyFramework().policyAreas()).allSatisfy(a ->
        assertThat(SyntheticPlans.POLICY_AREAS).contains(a.name()));
    assertThat(plan.objectives()).allSatisfy(o -> assertThat(o.policyAreaIds()).hasSize(1));
  }

  @Test
  void markingThePlansAddsNoErrorFinding() {
    for (int i = 0; i < 21; i++) {
      assertThat(StandardRules.validator().validate(SyntheticPlans.plan(7, i)).count(Severity.ERROR))
          .as("plan %s", i).isZero();
    }
  }
}
