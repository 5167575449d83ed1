package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.KIND;
import static it.pianodizona.rules.spi.PlanFields.TARGET;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;

/**
 * A target fits its indicator's unit: a yes/no or document indicator is achieved or not, and
 * only such indicators have an "achieved" target.
 */
final class TargetUnitMismatch extends AbstractRule {

  TargetUnitMismatch() {
    super("TARGET_UNIT_MISMATCH", RuleFamily.INDICATORS, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      if (indicator.target().isEmpty()) {
        return;
      }
      boolean binaryUnit = indicator.unit() == IndicatorUnit.YES_NO || indicator.unit() == IndicatorUnit.DOCUMENT;
      TargetKind kind = indicator.target().get().kind();
      if (binaryUnit != (kind == TargetKind.ACHIEVED)) {
        context.finding(at.pointer().field(TARGET).field(KIND))
            .with("objective", objective.code())
            .with("unit", indicator.unit())
            .with("kind", kind)
            .report();
      }
    });
  }
}
