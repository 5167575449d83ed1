package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.RuleTesting;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole (indicators): for every rule of the family, a valid generated plan has no
 * finding of it, and the rule's mutation of that plan has findings of that rule only, at the
 * mutation's path and with the rule's default severity.
 */
class IndicatorRulesPropertiesTest {

  @Property
  void objectiveWithoutIndicator(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("OBJECTIVE_WITHOUT_INDICATOR", plan, pick));
  }

  @Property
  void indicatorWithoutTarget(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("INDICATOR_WITHOUT_TARGET", plan, pick));
  }

  @Property
  void targetMinAboveMax(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("TARGET_MIN_ABOVE_MAX", plan, pick));
  }

  @Property
  void targetPercentageOutOfRange(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("TARGET_PERCENTAGE_OUT_OF_RANGE", plan, pick));
  }

  @Property
  void targetKExceedsN(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("TARGET_K_EXCEEDS_N", plan, pick));
  }

  @Property
  void targetNegativeBound(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("TARGET_NEGATIVE_BOUND", plan, pick));
  }

  @Property
  void targetUnitMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("TARGET_UNIT_MISMATCH", plan, pick));
  }

  @Property
  void targetDateOutsidePlanPeriod(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("TARGET_DATE_OUTSIDE_PLAN_PERIOD", plan, pick));
  }

  @Property
  void budgetFormulaUnitMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BUDGET_FORMULA_UNIT_MISMATCH", plan, pick));
  }

  @Property
  void formulaYearOutsidePlanPeriod(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("FORMULA_YEAR_OUTSIDE_PLAN_PERIOD", plan, pick));
  }

  @Property
  void measurementOutsidePlanPeriod(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MEASUREMENT_OUTSIDE_PLAN_PERIOD", plan, pick));
  }

  @Property
  void measurementValueInconsistent(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MEASUREMENT_VALUE_INCONSISTENT", plan, pick));
  }
}
