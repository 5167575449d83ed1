package it.pianodizona.rules.budget;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import java.time.Year;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every year of the plan period has budget lines (L. 328/2000 art. 19 c.1 lett. b: the plan
 * states its financial resources). A plan without any budget line is left to the required
 * elements rule.
 */
final class BudgetYearMissing extends AbstractRule {

  BudgetYearMissing() {
    super("BUDGET_YEAR_MISSING", RuleFamily.BUDGET, Severity.WARNING, Citations.L328_ART19_C1_B);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.budget().lines().isEmpty()) {
      return;
    }
    Set<Year> budgeted = plan.budget().lines().stream().map(BudgetLine::year).collect(Collectors.toSet());
    for (Year year : plan.period().years()) {
      if (!budgeted.contains(year)) {
        context.finding(JsonPointers.of("budget", "lines")).with("year", year).report();
      }
    }
  }
}
