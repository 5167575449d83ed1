package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.POLICY_FRAMEWORK;
import static it.pianodizona.rules.spi.PlanFields.STRATEGIC_AREAS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.policy.StrategicArea;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Where the regional plan fixes strategic areas (Puglia, V Piano regionale 2022-2024: seven),
 * the district plan lists as many. Names are not compared: districts word them their own way.
 * A plan that lists no strategic area at all has not recorded them, and is not judged.
 */
final class StrategicAreasMissing extends AbstractRule {

  StrategicAreasMissing() {
    super("STRATEGIC_AREAS_MISSING", RuleFamily.INTEGRITY, Severity.WARNING, Citations.PUGLIA_V_PIANO);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    context.cycle().filter(c -> !c.requiredStrategicAreas().isEmpty()).ifPresent(cycle -> {
      long listed = plan.policyFramework().strategicAreas().stream().map(StrategicArea::id).distinct().count();
      if (listed > 0 && listed < cycle.requiredStrategicAreas().size()) {
        context.finding(Pointer.root().field(POLICY_FRAMEWORK).field(STRATEGIC_AREAS))
            .with("expected", cycle.requiredStrategicAreas().size())
            .with("actual", (int) listed)
            .with("areas", cycle.requiredStrategicAreas())
            .reference(cycle.guidelines().orElse(context.profile().cycleReference()))
            .report();
      }
    });
  }
}
