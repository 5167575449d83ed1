package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

/** Every budget line, declared total and budget formula that names an objective names one of the plan's. */
final class UnknownObjective extends AbstractRule {

  UnknownObjective() {
    super("UNKNOWN_OBJECTIVE", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    References refs = new References(context, plan.objectivesById().keySet(), "objective");
    for (int i = 0; i < plan.budget().lines().size(); i++) {
      refs.check(plan.budget().lines().get(i).objectiveId(), "budget", "lines", i, "objectiveId");
    }
    for (int i = 0; i < plan.budget().declaredTotals().size(); i++) {
      refs.check(plan.budget().declaredTotals().get(i).objectiveId(), "budget", "declaredTotals", i, "objectiveId");
    }
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      for (int i = 0; i < objective.indicators().size(); i++) {
        refs.check(objective.indicators().get(i).formula().flatMap(f -> f.numeratorObjectiveId()),
            "objectives", o, "indicators", i, "formula", "numeratorObjectiveId");
      }
    }
  }
}
