package it.pianodizona.rules.budget;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Actuals;
import it.pianodizona.model.budget.ActualsLine;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;

/** The past actuals of a year add up to the total the document prints for that year (blank cells count as nothing). */
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
      if (total.objectiveId().isEmpty() && sum != null
          && Amounts.differ(sum, total.amount(), context.moneyTolerance())) {
        context.finding(JsonPointers.of("budget", "actuals", "declaredTotals", i))
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
