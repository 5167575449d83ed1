package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.ACTIONS;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.SCHEDULED_FOR;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Action;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanDates;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/** An action scheduled for a date is scheduled inside the plan period. */
final class ActionOutsidePlanPeriod extends AbstractRule {

  ActionOutsidePlanPeriod() {
    super("ACTION_OUTSIDE_PLAN_PERIOD", RuleFamily.DEADLINES, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      for (int a = 0; a < objective.actions().size(); a++) {
        Action action = objective.actions().get(a);
        if (action.scheduledFor().isPresent() && PlanDates.outside(action.scheduledFor().get(), plan.period())) {
          context.finding(Pointer.root().item(OBJECTIVES, o).item(ACTIONS, a).field(SCHEDULED_FOR))
              .with("objective", objective.code())
              .with("scheduledFor", action.scheduledFor().get())
              .with("period", plan.period())
              .report();
        }
      }
    }
  }
}
