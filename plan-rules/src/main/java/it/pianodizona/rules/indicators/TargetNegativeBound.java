package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.TARGET;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Counts, euros and ratios are not negative, so neither are their targets. Percentages have
 * their own rule.
 */
final class TargetNegativeBound extends AbstractRule {

  TargetNegativeBound() {
    super("TARGET_NEGATIVE_BOUND", RuleFamily.INDICATORS, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      if (indicator.unit() == IndicatorUnit.PERCENTAGE || indicator.target().isEmpty()) {
        return;
      }
      TargetRange target = indicator.target().get();
      Optional<BigDecimal> negative = negative(target.min())
          .or(() -> negative(target.max()))
          .or(() -> negative(target.outOf()));
      negative.ifPresent(v -> context.finding(at.pointer().field(TARGET))
          .with("objective", objective.code())
          .with("unit", indicator.unit())
          .with("actual", v)
          .report());
    });
  }

  private static Optional<BigDecimal> negative(Optional<BigDecimal> bound) {
    return bound.isPresent() && bound.get().signum() < 0 ? bound : Optional.empty();
  }
}
