package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.ACTUALS;
import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_TOTALS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Actuals;
import it.pianodizona.model.budget.ActualsLine;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;

/** The past actuals of a year add up to the total the document prints for that year (a year with a blank cell is left to {@code BUDGET_TOTAL_UNVERIFIABLE}). */
final class ActualsTotalMismatch extends AbstractRule {

  ActualsTotalMismatch() {
    super("ACTUALS_TOTAL_MISMATCH", RuleFamily.BUDGET, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.budget().actuals().isEmpty()) {
      return;
    }
    Actuals actuals = plan.budget().actuals().get();
    Map<Year, Money> sums = new HashMap<>();
    for (ActualsLine line : actuals.lines()) {
      line.amount().ifPresent(amount -> sums.merge(line.year(), amount, Money::plus));
    }
    for (int i = 0; i < actuals.declaredTotals().size(); i++) {
      DeclaredTotal total = actuals.declaredTotals().get(i);
      Money sum = sums.get(total.year());
      if (context.fact(BudgetFigures.FACT).actualsHaveBlank(total.year())) {
        continue;
      }
      if (total.objectiveId().isEmpty() && sum != null
          && Amounts.differ(sum, total.amount(), context.moneyTolerance())) {
        context.finding(Pointer.root().field(BUDGET).field(ACTUALS).item(DECLARED_TOTALS, i))
            .with("year", total.year())
            .with("expected", total.amount())
            .with("actual", sum)
            .with("difference", sum.minus(total.amount()))
            .with("tolerance", context.moneyTolerance())
            .report();
      }
    }
  }
}
