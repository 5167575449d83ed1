package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.DEADLINE;
import static it.pianodizona.rules.spi.PlanFields.STARTING_FROM;
import static it.pianodizona.rules.spi.PlanFields.TARGET;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanDates;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Optional;

/** The deadline and start of a target ("entro giugno 2015", "da settembre 2015") fall inside the plan period. */
final class TargetDateOutsidePlanPeriod extends AbstractRule {

  TargetDateOutsidePlanPeriod() {
    super("TARGET_DATE_OUTSIDE_PLAN_PERIOD", RuleFamily.INDICATORS, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      if (indicator.target().isEmpty()) {
        return;
      }
      TargetRange target = indicator.target().get();
      check(context, at, objective.code(), DEADLINE, target.deadline(), plan);
      check(context, at, objective.code(), STARTING_FROM, target.startingFrom(), plan);
    });
  }

  private static void check(RuleContext context, Indicators.Place at, String objective, String field,
      Optional<PartialDate> date, ZonePlan plan) {
    if (date.isPresent() && PlanDates.outside(date.get(), plan.period())) {
      context.finding(at.pointer().field(TARGET).field(field))
          .with("objective", objective)
          .with("date", date.get())
          .with("period", plan.period())
          .report();
    }
  }
}
