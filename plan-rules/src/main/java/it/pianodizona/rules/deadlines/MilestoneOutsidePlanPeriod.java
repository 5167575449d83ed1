package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.DUE;
import static it.pianodizona.rules.spi.PlanFields.MILESTONES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Milestone;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanDates;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

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
          context.finding(Pointer.root().item(OBJECTIVES, o).item(MILESTONES, m).field(DUE))
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
