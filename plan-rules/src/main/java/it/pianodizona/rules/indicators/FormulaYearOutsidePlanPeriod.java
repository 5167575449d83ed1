package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.FORMULA;
import static it.pianodizona.rules.spi.PlanFields.YEAR;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;

/** A target on budget figures applies to a year of the plan, whose budget the plan states. */
final class FormulaYearOutsidePlanPeriod extends AbstractRule {

  FormulaYearOutsidePlanPeriod() {
    super("FORMULA_YEAR_OUTSIDE_PLAN_PERIOD", RuleFamily.INDICATORS, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) ->
        indicator.formula().flatMap(f -> f.year()).ifPresent(year -> {
          if (!plan.period().years().contains(year)) {
            context.finding(at.pointer().field(FORMULA).field(YEAR))
                .with("objective", objective.code())
                .with("year", year)
                .with("period", plan.period())
                .report();
          }
        }));
  }
}
