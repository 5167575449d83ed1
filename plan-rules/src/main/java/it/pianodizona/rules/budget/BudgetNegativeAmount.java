package it.pianodizona.rules.budget;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import java.util.Optional;

/**
 * Budget lines, totals, social spending and actuals are not negative: a plan's resources are
 * amounts made available, not corrections.
 */
final class BudgetNegativeAmount extends AbstractRule {

  BudgetNegativeAmount() {
    super("BUDGET_NEGATIVE_AMOUNT", RuleFamily.BUDGET, Severity.ERROR, Citations.L328_ART19_C1_B);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Budget budget = plan.budget();
    for (int i = 0; i < budget.lines().size(); i++) {
      check(context, budget.lines().get(i).amount(), "budget", "lines", i, "amount");
    }
    for (int i = 0; i < budget.declaredTotals().size(); i++) {
      check(context, Optional.of(budget.declaredTotals().get(i).amount()), "budget", "declaredTotals", i, "amount");
    }
    for (int i = 0; i < budget.districtSocialSpending().size(); i++) {
      check(context, Optional.of(budget.districtSocialSpending().get(i).amount()),
          "budget", "districtSocialSpending", i, "amount");
    }
    budget.actuals().ifPresent(actuals -> {
      for (int i = 0; i < actuals.lines().size(); i++) {
        check(context, actuals.lines().get(i).amount(), "budget", "actuals", "lines", i, "amount");
      }
      for (int i = 0; i < actuals.declaredTotals().size(); i++) {
        check(context, Optional.of(actuals.declaredTotals().get(i).amount()),
            "budget", "actuals", "declaredTotals", i, "amount");
      }
    });
  }

  private static void check(RuleContext context, Optional<Money> amount, Object... path) {
    if (amount.isPresent() && amount.get().isNegative()) {
      context.finding(JsonPointers.of(path)).with("actual", amount.get()).report();
    }
  }
}
