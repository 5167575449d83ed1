package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.LINES;
import static it.pianodizona.rules.spi.PlanFields.PERIOD;
import static it.pianodizona.rules.spi.PlanFields.PERIOD_LINES;
import static it.pianodizona.rules.spi.PlanFields.YEAR;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.Year;
import java.util.List;

/**
 * A budget line is for a year of the plan period, and a line for a span of years (schema 1.1
 * period lines) for a span inside it; past years belong in the actuals.
 */
final class BudgetLineOutsidePlanPeriod extends AbstractRule {

  BudgetLineOutsidePlanPeriod() {
    super("BUDGET_LINE_OUTSIDE_PLAN_PERIOD", RuleFamily.BUDGET, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<Year> years = plan.period().years();
    List<BudgetLine> lines = plan.budget().lines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      if (!years.contains(line.year())) {
        context.finding(Pointer.root().field(BUDGET).item(LINES, i).field(YEAR))
            .with("year", line.year())
            .with("period", plan.period())
            .report();
      }
    }
    List<PeriodAmount> periodLines = plan.budget().periodLines();
    for (int i = 0; i < periodLines.size(); i++) {
      PlanPeriod span = periodLines.get(i).period();
      if (span.start().isBefore(plan.period().start()) || span.end().isAfter(plan.period().end())) {
        context.finding(Pointer.root().field(BUDGET).item(PERIOD_LINES, i).field(PERIOD))
            .with("span", span)
            .with("period", plan.period())
            .variant("periodLine")
            .report();
      }
    }
  }
}
