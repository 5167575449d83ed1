package it.pianodizona.rules.indicators;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

/** An indicator computed from budget figures is a percentage, since its formula is one. */
final class BudgetFormulaUnitMismatch extends AbstractRule {

  BudgetFormulaUnitMismatch() {
    super("BUDGET_FORMULA_UNIT_MISMATCH", RuleFamily.INDICATORS, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      if (indicator.formula().isPresent() && indicator.unit() != IndicatorUnit.PERCENTAGE) {
        context.finding(at.pointer("unit"))
            .with("objective", objective.code())
            .with("actual", indicator.unit())
            .with("expected", IndicatorUnit.PERCENTAGE)
            .report();
      }
    });
  }
}
