package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.DATE;
import static it.pianodizona.rules.spi.PlanFields.MEASUREMENTS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Measurement;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanDates;
import it.pianodizona.rules.spi.RuleContext;

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
          context.finding(at.pointer().item(MEASUREMENTS, m).field(DATE))
              .with("objective", objective.code())
              .with("date", measurement.date())
              .with("period", plan.period())
              .report();
        }
      }
    });
  }
}
