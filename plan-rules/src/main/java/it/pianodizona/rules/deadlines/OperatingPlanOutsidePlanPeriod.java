package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.ANNUAL_OPERATING_PLANS;
import static it.pianodizona.rules.spi.PlanFields.YEAR;

import it.pianodizona.model.AnnualOperatingPlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;

/**
 * Piano operativo fuori periodo: an annual operating plan implements one year of the plan, so its
 * year is one of the plan period's years (a plan starting in May has its first year all the same).
 * A year outside the period is a typo or the operating plan of another plan.
 */
final class OperatingPlanOutsidePlanPeriod extends AbstractRule {

  OperatingPlanOutsidePlanPeriod() {
    super("OPERATING_PLAN_OUTSIDE_PLAN_PERIOD", RuleFamily.DEADLINES, Severity.WARNING,
        Citations.PLAN_DOCUMENT + "; " + Citations.L328_ART19_C1);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<AnnualOperatingPlan> operating = plan.annualOperatingPlans();
    for (int p = 0; p < operating.size(); p++) {
      if (!plan.period().years().contains(operating.get(p).year())) {
        context.finding(Pointer.root().item(ANNUAL_OPERATING_PLANS, p).field(YEAR))
            .with("year", operating.get(p).year())
            .with("period", plan.period())
            .report();
      }
    }
  }
}
