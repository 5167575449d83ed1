package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.MEASUREMENTS;
import static it.pianodizona.rules.spi.PlanFields.VALUE;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.Measurement;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;
import java.math.BigDecimal;

/**
 * A measured value fits its unit: a count is a whole number not below zero, a percentage lies
 * between 0 and 100, a yes/no or document indicator measures 0 or 1, euros and ratios are not
 * negative.
 */
final class MeasurementValueInconsistent extends AbstractRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  MeasurementValueInconsistent() {
    super("MEASUREMENT_VALUE_INCONSISTENT", RuleFamily.INDICATORS, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      for (int m = 0; m < indicator.measurements().size(); m++) {
        Measurement measurement = indicator.measurements().get(m);
        if (!fits(indicator.unit(), measurement.value())) {
          context.finding(at.pointer().item(MEASUREMENTS, m).field(VALUE))
              .with("objective", objective.code())
              .with("unit", indicator.unit())
              .with("actual", measurement.value())
              .report();
        }
      }
    });
  }

  private static boolean fits(IndicatorUnit unit, BigDecimal value) {
    switch (unit) {
      case COUNT:
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
      case PERCENTAGE:
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
      case YES_NO:
      case DOCUMENT:
        return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
      case EURO:
      case RATIO:
      default:
        return value.signum() >= 0;
    }
  }
}
