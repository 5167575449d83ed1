package it.pianodizona.rules.indicators;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;

/** An indicator without a target ("range di valutazione") cannot say whether the objective was reached. */
final class IndicatorWithoutTarget extends AbstractRule {

  IndicatorWithoutTarget() {
    super("INDICATOR_WITHOUT_TARGET", RuleFamily.INDICATORS, Severity.INFO, Citations.L328_ART19_C1_A);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      if (indicator.target().isEmpty()) {
        context.finding(at.pointer()).with("objective", objective.code()).with("indicator", indicator.description()).report();
      }
    });
  }
}
