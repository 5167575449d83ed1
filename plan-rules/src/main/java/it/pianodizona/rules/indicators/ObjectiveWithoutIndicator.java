package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.PartialSources;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Every objective states how it will be judged: at least one indicator (L. 328/2000 art. 19
 * c.1 lett. a asks for objectives with the tools to reach them).
 */
final class ObjectiveWithoutIndicator extends AbstractRule {

  ObjectiveWithoutIndicator() {
    super("OBJECTIVE_WITHOUT_INDICATOR", RuleFamily.INDICATORS, Severity.WARNING, Citations.L328_ART19_C1_A);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      if (objective.indicators().isEmpty()) {
        RuleContext.Draft finding = context.finding(Pointer.root().item(OBJECTIVES, o))
            .with("objective", objective.code())
            .with("title", objective.title());
        if (PartialSources.isPartial(plan)) {
          // A summary or a press release names objectives without their indicators.
          finding.with("source", PartialSources.kind(plan)).variant("partialSource").severity(Severity.INFO);
        }
        finding.report();
      }
    }
  }
}
