package it.pianodizona.rules.indicators;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

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
        context.finding(at.pointer("target"))
            .with("objective", objective.code())
            .with("k", target.min().get())
            .with("n", target.outOf().get())
            .report();
      }
    });
  }
}
