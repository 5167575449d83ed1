package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.ACTUALS;
import static it.pianodizona.rules.spi.PlanFields.AMOUNT;
import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_TOTALS;
import static it.pianodizona.rules.spi.PlanFields.DISTRICT_SOCIAL_SPENDING;
import static it.pianodizona.rules.spi.PlanFields.LINES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
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
      check(context, budget.lines().get(i).amount(), Pointer.root().field(BUDGET).item(LINES, i).field(AMOUNT));
    }
    for (int i = 0; i < budget.declaredTotals().size(); i++) {
      check(context, Optional.of(budget.declaredTotals().get(i).amount()), Pointer.root().field(BUDGET).item(DECLARED_TOTALS, i).field(AMOUNT));
    }
    for (int i = 0; i < budget.districtSocialSpending().size(); i++) {
      check(context, Optional.of(budget.districtSocialSpending().get(i).amount()), Pointer.root().field(BUDGET).item(DISTRICT_SOCIAL_SPENDING, i).field(AMOUNT));
    }
    budget.actuals().ifPresent(actuals -> {
      for (int i = 0; i < actuals.lines().size(); i++) {
        check(context, actuals.lines().get(i).amount(), Pointer.root().field(BUDGET).field(ACTUALS).item(LINES, i).field(AMOUNT));
      }
      for (int i = 0; i < actuals.declaredTotals().size(); i++) {
        check(context, Optional.of(actuals.declaredTotals().get(i).amount()), Pointer.root().field(BUDGET).field(ACTUALS).item(DECLARED_TOTALS, i).field(AMOUNT));
      }
    });
  }

  private static void check(RuleContext context, Optional<Money> amount, Pointer path) {
    if (amount.isPresent() && amount.get().isNegative()) {
      context.finding(path).with("actual", amount.get()).report();
    }
  }
}
