package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.Mutation;
import it.pianodizona.testkit.mutators.Mutators;
import it.pianodizona.testkit.mutators.RuleTesting;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole del ciclo di vita (issue 16, its open rows): a valid generated plan has
 * no finding of the rule, and the rule's mutation has findings of that rule only, at the
 * mutation's path; and the rules extended to new places reach every one of them.
 */
class LifecycleRulesPropertiesTest {

  @Property
  void operatingPlanOutsidePlanPeriod(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("OPERATING_PLAN_OUTSIDE_PLAN_PERIOD", plan, pick));
  }

  @Property
  void predecessorPeriodGap(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("PREDECESSOR_PERIOD_GAP", plan, pick));
  }

  @Property
  void figureAfterAsOfDate(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("FIGURE_AFTER_AS_OF_DATE", plan, pick));
  }

  @Property
  void periodTotalMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("PERIOD_TOTAL_MISMATCH", plan, pick));
  }

  /**
   * The picks 0 to 15 of each extended rule's mutator reach the places this issue added
   * (approvals, signatories, drafting meetings, period lines and totals, the legal form) besides
   * the ones it had: a mutator that never planted at a new place would leave it untested.
   */
  @Property(tries = 20)
  void theExtendedRulesArePlantedAtTheirNewPlaces(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan) {
    Assume.that(plan.period().end().getYear() < 2021);
    Set<String> paths = new HashSet<>();
    for (String rule : new String[] {"TIMELINE_OUT_OF_ORDER", "UNKNOWN_PARTY", "UNKNOWN_OBJECTIVE",
        "UNKNOWN_GOVERNANCE_REFERENCE", "BUDGET_LINE_OUTSIDE_PLAN_PERIOD", "FUND_NOT_IN_FORCE", "FOR_PROFIT_AS_THIRD_SECTOR"}) {
      for (int pick = 0; pick < 16; pick++) {
        Mutators.forRule(rule).apply(plan, pick).map(Mutation::path)
            .map(p -> rule + " " + p.replaceAll("/\\d+", "/#")).ifPresent(paths::add);
      }
    }
    assertThat(paths).contains(
        "TIMELINE_OUT_OF_ORDER /agreement/signatories/#/signedOn",
        "TIMELINE_OUT_OF_ORDER /participation/meetings/#/date",
        "TIMELINE_OUT_OF_ORDER /approvals/#/date",
        "UNKNOWN_PARTY /approvals/#/partyId",
        "UNKNOWN_GOVERNANCE_REFERENCE /approvals/#/bodyId",
        "UNKNOWN_OBJECTIVE /budget/periodLines/#/objectiveId",
        "UNKNOWN_OBJECTIVE /budget/periodTotals/#/objectiveId",
        "BUDGET_LINE_OUTSIDE_PLAN_PERIOD /budget/periodLines/#/period",
        "FUND_NOT_IN_FORCE /budget/periodLines/#/fundingSource",
        "FOR_PROFIT_AS_THIRD_SECTOR /organisations/#/legalForm");
  }
}
