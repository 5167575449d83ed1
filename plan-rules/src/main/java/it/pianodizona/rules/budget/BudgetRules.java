package it.pianodizona.rules.budget;

import com.google.common.collect.ImmutableList;
import it.pianodizona.rules.spi.Rule;

/** Regole di coerenza del budget: the budget family, in catalogue order. */
public final class BudgetRules {

  private BudgetRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new BudgetTotalMismatch(),
        new BudgetObjectiveTotalMismatch(),
        new DeclaredShareMismatch(),
        new BudgetTargetNotMet(),
        new BudgetYearMissing(),
        new BudgetLineOutsidePlanPeriod(),
        new FundNotInForce(),
        new BudgetNegativeAmount(),
        new ObjectiveResourcesWithoutBudget(),
        new BudgetExceedsSocialSpending(),
        new ActualsTotalMismatch(),
        new BudgetTotalUnverifiable(),
        new PeriodTotalMismatch());
  }
}
