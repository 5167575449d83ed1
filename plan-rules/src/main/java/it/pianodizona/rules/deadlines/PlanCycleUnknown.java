package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.PERIOD;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.profile.PlanningCycle;
import it.pianodizona.rules.profile.RegionalProfile;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Ciclo non noto al profilo: the plan's years fall in none of the cycles its regional profile
 * lists (e.g. a cycle newer than the profile). An INFO, not the off-cycle warning: the profile,
 * not the plan, may be out of date; add the cycle with {@code RegionalProfile.withCycle}.
 */
final class PlanCycleUnknown extends AbstractRule {

  PlanCycleUnknown() {
    super("PLAN_CYCLE_UNKNOWN", RuleFamily.DEADLINES, Severity.INFO,
        Citations.LOMBARDIA_LR3_2008_ART18_C5 + "; " + Citations.PUGLIA_V_PIANO);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    RegionalProfile profile = context.profile();
    if (profile.cycles().isEmpty() || profile.knowsPeriod(plan.period())) {
      return;
    }
    context.finding(Pointer.root().field(PERIOD))
        .with("period", plan.period().start().getYear() + "-" + plan.period().end().getYear())
        .with("cycles", profile.cycles().stream().map(PlanningCycle::label).toList())
        .with("profile", profile.name())
        .reference(profile.cycleReference())
        .report();
  }
}
