package it.pianodizona.rules.deadlines;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Milestone;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.PlanDates;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

/** A milestone of an objective falls inside the plan period ("entro aprile 2018" in a 2015-2017 plan does not). */
final class MilestoneOutsidePlanPeriod extends AbstractRule {

  MilestoneOutsidePlanPeriod() {
    super("MILESTONE_OUTSIDE_PLAN_PERIOD", RuleFamily.DEADLINES, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      for (int m = 0; m < objective.milestones().size(); m++) {
        Milestone milestone = objective.milestones().get(m);
        if (milestone.due().isPresent() && PlanDates.outside(milestone.due().get(), plan.period())) {
          context.finding(JsonPointers.of("objectives", o, "milestones", m, "due"))
              .with("objective", objective.code())
              .with("due", milestone.due().get())
              .with("statedAs", milestone.statedAs())
              .with("period", plan.period())
              .report();
        }
      }
    }
  }
}
