package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_TOTALS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * The budget lines of a year add up to the total the document prints for that year. A year
 * with no line is left to {@code BUDGET_YEAR_MISSING}.
 */
final class BudgetTotalMismatch extends AbstractRule {

  BudgetTotalMismatch() {
    super("BUDGET_TOTAL_MISMATCH", RuleFamily.BUDGET, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    BudgetFigures figures = context.fact(BudgetFigures.FACT);
    List<DeclaredTotal> totals = plan.budget().declaredTotals();
    for (int i = 0; i < totals.size(); i++) {
      DeclaredTotal total = totals.get(i);
      if (total.objectiveId().isPresent()) {
        continue;
      }
      Optional<Money> sum = figures.lines(total.year());
      if (sum.isPresent() && Amounts.differ(sum.get(), total.amount(), context.moneyTolerance())) {
        context.finding(Pointer.root().field(BUDGET).item(DECLARED_TOTALS, i))
            .with("year", total.year())
            .with("expected", total.amount())
            .with("actual", sum.get())
            .with("difference", sum.get().minus(total.amount()))
            .with("tolerance", context.moneyTolerance())
            .report();
      }
    }
  }
}
