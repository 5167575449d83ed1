package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.ImmutableActuals;
import it.pianodizona.model.budget.ImmutableActualsLine;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.testkit.mutators.PlanEdits;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
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

  @Property
  void budgetTotalUnverifiable(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BUDGET_TOTAL_UNVERIFIABLE", plan, pick));
  }

  /** A blank cell is unknown, not zero: no rule that sums may call a total wrong because of it. */
  @Property
  void blankingAnyAmountNeverCreatesAnError(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    List<Integer> lines = PlanEdits.indexesOf(plan.budget().lines(), l -> l.amount().isPresent());
    List<Integer> actuals = plan.budget().actuals().map(a -> PlanEdits.indexesOf(a.lines(), l -> l.amount().isPresent()))
        .orElse(List.of());
    Assume.that(!lines.isEmpty() || !actuals.isEmpty());
    int choice = PlanEdits.choose(lines.size() + actuals.size(), pick);
    ZonePlan blanked = choice < lines.size()
        ? PlanEdits.budget(plan, b -> b.withLines(PlanEdits.replace(b.lines(), lines.get(choice),
            ImmutableBudgetLine.copyOf(b.lines().get(lines.get(choice))).withAmount(Optional.empty()))))
        : PlanEdits.budget(plan, b -> b.withActuals(ImmutableActuals.copyOf(b.actuals().get()).withLines(
            PlanEdits.replace(b.actuals().get().lines(), actuals.get(choice - lines.size()),
                ImmutableActualsLine.copyOf(b.actuals().get().lines().get(actuals.get(choice - lines.size())))
                    .withAmount(Optional.empty())))));
    Assertions.assertThat(RuleTesting.validate(blanked).findings())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .as("errors after blanking one amount")
        .isEmpty();
  }
}
