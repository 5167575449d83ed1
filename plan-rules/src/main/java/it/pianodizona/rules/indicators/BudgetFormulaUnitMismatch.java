package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.UNIT;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;

/** An indicator computed from budget figures is a percentage, since its formula is one. */
final class BudgetFormulaUnitMismatch extends AbstractRule {

  BudgetFormulaUnitMismatch() {
    super("BUDGET_FORMULA_UNIT_MISMATCH", RuleFamily.INDICATORS, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Indicators.forEach(plan, (at, objective, indicator) -> {
      if (indicator.formula().isPresent() && indicator.unit() != IndicatorUnit.PERCENTAGE) {
        context.finding(at.pointer().field(UNIT))
            .with("objective", objective.code())
            .with("actual", indicator.unit())
            .with("expected", IndicatorUnit.PERCENTAGE)
            .report();
      }
    });
  }
}
