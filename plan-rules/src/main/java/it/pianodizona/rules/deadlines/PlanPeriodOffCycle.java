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
 * The plan covers the years of one of the region's planning cycles (Lombardia 2015-2017,
 * 2018-2020, 2021-2023 extended into 2024, 2025-2027; Puglia 2022-2024). Profiles without cycles
 * are not checked, and a period in none of the years the profile knows is not off-cycle but in a
 * cycle the profile does not know ({@link PlanCycleUnknown}).
 */
final class PlanPeriodOffCycle extends AbstractRule {

  PlanPeriodOffCycle() {
    super("PLAN_PERIOD_OFF_CYCLE", RuleFamily.DEADLINES, Severity.WARNING,
        Citations.LOMBARDIA_LR3_2008_ART18_C5 + "; " + Citations.PUGLIA_V_PIANO);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    RegionalProfile profile = context.profile();
    if (profile.cycles().isEmpty() || !profile.knowsPeriod(plan.period())
        || profile.cycles().stream().anyMatch(c -> c.matches(plan.period()))) {
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
