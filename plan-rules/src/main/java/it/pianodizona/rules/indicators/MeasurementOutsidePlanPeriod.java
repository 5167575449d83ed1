package it.pianodizona.rules.indicators;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Measurement;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.PlanDates;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

/** A measurement of an indicator is taken inside the plan period; a value from before belongs in the baseline. */
final class MeasurementOutsidePlanPeriod extends AbstractRule {

  MeasurementOutsidePlanPeriod() {
    super("MEASUREMENT_OUTSIDE_PLAN_PERIOD", RuleFamily.INDICATORS, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      for (int m = 0; m < indicator.measurements().size(); m++) {
        Measurement measurement = indicator.measurements().get(m);
        if (PlanDates.outside(measurement.date(), plan.period())) {
          context.finding(at.pointer("measurements", m, "date"))
              .with("objective", objective.code())
              .with("date", measurement.date())
              .with("period", plan.period())
              .report();
        }
      }
    });
  }
}
