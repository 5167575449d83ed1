package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_TOTALS;
import static it.pianodizona.rules.spi.PlanFields.FORMULA;
import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.LINES;
import static it.pianodizona.rules.spi.PlanFields.NUMERATOR_OBJECTIVE_ID;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVE_ID;
import static it.pianodizona.rules.spi.PlanFields.PERIOD_LINES;
import static it.pianodizona.rules.spi.PlanFields.PERIOD_TOTALS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Every budget line, declared total, period line or total (schema 1.1) and budget formula that
 * names an objective names one of the plan's.
 */
final class UnknownObjective extends AbstractRule {

  UnknownObjective() {
    super("UNKNOWN_OBJECTIVE", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    References refs = new References(context, plan.objectivesById().keySet(), "objective");
    for (int i = 0; i < plan.budget().lines().size(); i++) {
      refs.check(plan.budget().lines().get(i).objectiveId(), Pointer.root().field(BUDGET).item(LINES, i).field(OBJECTIVE_ID));
    }
    for (int i = 0; i < plan.budget().declaredTotals().size(); i++) {
      refs.check(plan.budget().declaredTotals().get(i).objectiveId(), Pointer.root().field(BUDGET).item(DECLARED_TOTALS, i).field(OBJECTIVE_ID));
    }
    for (int i = 0; i < plan.budget().periodLines().size(); i++) {
      refs.check(plan.budget().periodLines().get(i).objectiveId(), Pointer.root().field(BUDGET).item(PERIOD_LINES, i).field(OBJECTIVE_ID));
    }
    for (int i = 0; i < plan.budget().periodTotals().size(); i++) {
      refs.check(plan.budget().periodTotals().get(i).objectiveId(), Pointer.root().field(BUDGET).item(PERIOD_TOTALS, i).field(OBJECTIVE_ID));
    }
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      for (int i = 0; i < objective.indicators().size(); i++) {
        refs.check(objective.indicators().get(i).formula().flatMap(f -> f.numeratorObjectiveId()), Pointer.root().item(OBJECTIVES, o).item(INDICATORS, i).field(FORMULA).field(NUMERATOR_OBJECTIVE_ID));
      }
    }
  }
}
