package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.BASELINE;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;
import java.math.BigDecimal;

/**
 * Valore di partenza fuori scala: the baseline of a percentage indicator lies between 0 and 100,
 * the same bounds {@code TARGET_PERCENTAGE_OUT_OF_RANGE} holds targets to: a baseline of 250% is a
 * count written in the percentage column, or a typo.
 */
final class BaselinePercentageOutOfRange extends AbstractRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  BaselinePercentageOutOfRange() {
    super("BASELINE_PERCENTAGE_OUT_OF_RANGE", RuleFamily.INDICATORS, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      if (indicator.unit() != IndicatorUnit.PERCENTAGE || indicator.baseline().isEmpty()) {
        return;
      }
      BigDecimal baseline = indicator.baseline().get();
      if (baseline.signum() < 0 || baseline.compareTo(HUNDRED) > 0) {
        context.finding(at.pointer().field(BASELINE))
            .with("objective", objective.code())
            .with("actual", baseline)
            .report();
      }
    });
  }
}
