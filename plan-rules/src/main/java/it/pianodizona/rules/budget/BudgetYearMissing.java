package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.LINES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
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
        context.finding(Pointer.root().field(BUDGET).field(LINES)).with("year", year).report();
      }
    }
  }
}
