package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.RuleTesting;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole (budget): for every rule of the family, a valid generated plan has no
 * finding of it, and the rule's mutation of that plan has findings of that rule only, at the
 * mutation's path and with the rule's default severity.
 */
class BudgetRulesPropertiesTest {

  @Property
  void budgetTotalMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BUDGET_TOTAL_MISMATCH", plan, pick));
  }

  @Property
  void budgetObjectiveTotalMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BUDGET_OBJECTIVE_TOTAL_MISMATCH", plan, pick));
  }

  @Property
  void declaredShareMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("DECLARED_SHARE_MISMATCH", plan, pick));
  }

  @Property
  void budgetTargetNotMet(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BUDGET_TARGET_NOT_MET", plan, pick));
  }

  @Property
  void budgetYearMissing(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BUDGET_YEAR_MISSING", plan, pick));
  }

  @Property
  void budgetLineOutsidePlanPeriod(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BUDGET_LINE_OUTSIDE_PLAN_PERIOD", plan, pick));
  }

  @Property
  void budgetNegativeAmount(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BUDGET_NEGATIVE_AMOUNT", plan, pick));
  }

  @Property
  void objectiveResourcesWithoutBudget(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("OBJECTIVE_RESOURCES_WITHOUT_BUDGET", plan, pick));
  }

  @Property
  void budgetExceedsSocialSpending(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BUDGET_EXCEEDS_SOCIAL_SPENDING", plan, pick));
  }

  @Property
  void actualsTotalMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ACTUALS_TOTAL_MISMATCH", plan, pick));
  }
}
