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
import java.util.stream.Stream;

/** A percentage target lies between 0 and 100. */
final class TargetPercentageOutOfRange extends AbstractRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  TargetPercentageOutOfRange() {
    super("TARGET_PERCENTAGE_OUT_OF_RANGE", RuleFamily.INDICATORS, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      if (indicator.unit() != IndicatorUnit.PERCENTAGE || indicator.target().isEmpty()) {
        return;
      }
      TargetRange target = indicator.target().get();
      Stream.of(target.min(), target.max()).flatMap(Optional::stream)
          .filter(v -> v.signum() < 0 || v.compareTo(HUNDRED) > 0)
          .findFirst()
          .ifPresent(v -> context.finding(at.pointer().field(TARGET))
              .with("objective", objective.code())
              .with("actual", v)
              .report());
    });
  }
}
