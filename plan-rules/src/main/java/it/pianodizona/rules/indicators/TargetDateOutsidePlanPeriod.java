package it.pianodizona.rules.indicators;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.PlanDates;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
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
      check(context, at, objective.code(), "deadline", target.deadline(), plan);
      check(context, at, objective.code(), "startingFrom", target.startingFrom(), plan);
    });
  }

  private static void check(RuleContext context, Indicators.Place at, String objective, String field,
      Optional<PartialDate> date, ZonePlan plan) {
    if (date.isPresent() && PlanDates.outside(date.get(), plan.period())) {
      context.finding(at.pointer("target", field))
          .with("objective", objective)
          .with("date", date.get())
          .with("period", plan.period())
          .report();
    }
  }
}
