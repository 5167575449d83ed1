package com.example.pdz;

import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Obiettivo senza referente: a district's own rule (an illustrative example, not a legal
 * requirement) asking that every objective names who answers for it.
 */
public final class ObjectiveWithoutReferent extends AbstractRule {

  public ObjectiveWithoutReferent() {
    super("LOCAL_OBJECTIVE_WITHOUT_REFERENT", RuleFamily.GOVERNANCE, Severity.WARNING,
        "Regola interna dell'ambito (esempio illustrativo)", "com.example.pdz.messages");
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      if (objective.referents().isEmpty()) {
        context.finding(Pointer.root().item(OBJECTIVES, o))
            .with("objective", objective.code())
            .with("title", objective.title())
            .report();
      }
    }
  }
}
