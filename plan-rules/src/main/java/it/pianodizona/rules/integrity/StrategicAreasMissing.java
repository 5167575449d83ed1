package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.policy.StrategicArea;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

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
        context.finding(JsonPointers.of("policyFramework", "strategicAreas"))
            .with("expected", cycle.requiredStrategicAreas().size())
            .with("actual", (int) listed)
            .with("areas", cycle.requiredStrategicAreas())
            .reference(cycle.guidelines().orElse(context.profile().cycleReference()))
            .report();
      }
    });
  }
}
