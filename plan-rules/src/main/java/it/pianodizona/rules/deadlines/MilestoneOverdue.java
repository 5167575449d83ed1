package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.DUE;
import static it.pianodizona.rules.spi.PlanFields.MILESTONES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;

import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Milestone;
import it.pianodizona.model.objective.MilestoneKind;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanDates;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;

/**
 * While a plan is running, a milestone whose deadline has passed deserves a check that it was
 * met. Runs only with an as-of date inside the plan period and for plans not closed.
 */
final class MilestoneOverdue extends AbstractRule {

  MilestoneOverdue() {
    super("MILESTONE_OVERDUE", RuleFamily.DEADLINES, Severity.INFO, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (context.asOf().isEmpty() || !plan.period().contains(context.asOf().get())
        || plan.status() == PlanStatus.CLOSED) {
      return;
    }
    LocalDate asOf = context.asOf().get();
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      for (int m = 0; m < objective.milestones().size(); m++) {
        Milestone milestone = objective.milestones().get(m);
        if (milestone.kind() == MilestoneKind.DEADLINE && milestone.due().isPresent()
            && milestone.due().get().latest().isBefore(asOf)
            && !PlanDates.outside(milestone.due().get(), plan.period())) {
          context.finding(Pointer.root().item(OBJECTIVES, o).item(MILESTONES, m).field(DUE))
              .with("objective", objective.code())
              .with("milestone", milestone.description())
              .with("due", milestone.due().get())
              .with("asOf", asOf)
              .report();
        }
      }
    }
  }
}
