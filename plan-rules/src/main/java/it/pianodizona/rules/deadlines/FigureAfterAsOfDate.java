package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.ACTUALS;
import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DATE;
import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.LINES;
import static it.pianodizona.rules.spi.PlanFields.MEASUREMENTS;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.YEAR;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.ActualsLine;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.Measurement;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanDates;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Dato consuntivo non ancora possibile: a figure that can only be known afterwards, stated before
 * it could be: the actuals (consuntivo) of a year that has not ended by the as-of date, a
 * measurement of an indicator dated after it. Either the year or date is mistyped, or a forecast
 * was transcribed as a result. Runs only with an as-of date. A measurement outside the plan
 * period is left to {@code MEASUREMENT_OUTSIDE_PLAN_PERIOD}: one problem, one finding.
 */
final class FigureAfterAsOfDate extends AbstractRule {

  FigureAfterAsOfDate() {
    super("FIGURE_AFTER_AS_OF_DATE", RuleFamily.DEADLINES, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (context.asOf().isEmpty()) {
      return;
    }
    LocalDate asOf = context.asOf().get();
    plan.budget().actuals().ifPresent(actuals -> {
      List<ActualsLine> lines = actuals.lines();
      for (int l = 0; l < lines.size(); l++) {
        if (lines.get(l).year().getValue() >= asOf.getYear()) {
          context.finding(Pointer.root().field(BUDGET).field(ACTUALS).item(LINES, l).field(YEAR))
              .with("year", lines.get(l).year()).with("asOf", asOf).variant("actuals").report();
        }
      }
    });
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      for (int i = 0; i < objective.indicators().size(); i++) {
        Indicator indicator = objective.indicators().get(i);
        for (int m = 0; m < indicator.measurements().size(); m++) {
          Measurement measurement = indicator.measurements().get(m);
          // A measurement outside the plan period is MEASUREMENT_OUTSIDE_PLAN_PERIOD's finding.
          if (measurement.date().earliest().isAfter(asOf) && !PlanDates.outside(measurement.date(), plan.period())) {
            context.finding(Pointer.root().item(OBJECTIVES, o).item(INDICATORS, i).item(MEASUREMENTS, m).field(DATE))
                .with("objective", objective.code()).with("date", measurement.date()).with("asOf", asOf)
                .variant("measurement").report();
          }
        }
      }
    }
  }
}
