package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.TARGET;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;

/** A target range reads low to high: "50-75%", not "75-50%". */
final class TargetMinAboveMax extends AbstractRule {

  TargetMinAboveMax() {
    super("TARGET_MIN_ABOVE_MAX", RuleFamily.INDICATORS, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      if (indicator.target().isEmpty()) {
        return;
      }
      TargetRange target = indicator.target().get();
      if (target.min().isPresent() && target.max().isPresent()
          && target.min().get().compareTo(target.max().get()) > 0) {
        context.finding(at.pointer().field(TARGET))
            .with("objective", objective.code())
            .with("min", target.min().get())
            .with("max", target.max().get())
            .report();
      }
    });
  }
}
