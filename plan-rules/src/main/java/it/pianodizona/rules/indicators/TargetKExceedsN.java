package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.TARGET;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;

/** A "k of n" target has k not above n: "4 su 8", not "9 su 8". */
final class TargetKExceedsN extends AbstractRule {

  TargetKExceedsN() {
    super("TARGET_K_EXCEEDS_N", RuleFamily.INDICATORS, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      if (indicator.target().isEmpty() || indicator.target().get().kind() != TargetKind.K_OF_N) {
        return;
      }
      TargetRange target = indicator.target().get();
      if (target.min().orElseThrow().compareTo(target.outOf().orElseThrow()) > 0) {
        context.finding(at.pointer().field(TARGET))
            .with("objective", objective.code())
            .with("k", target.min().get())
            .with("n", target.outOf().get())
            .report();
      }
    });
  }
}
