package it.pianodizona.rules.governance;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

/**
 * Among the bodies a plan describes, one decides: the assembly of mayors approves the plan
 * (l.r. Lombardia 3/2008 art. 18). A plan that describes no body at all is left to the required
 * elements rule.
 */
final class DecisionBodyMissing extends AbstractRule {

  DecisionBodyMissing() {
    super("DECISION_BODY_MISSING", RuleFamily.GOVERNANCE, Severity.WARNING,
        Citations.LOMBARDIA_LR3_2008_ART18 + "; " + Citations.L328_ART19_C1);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (!plan.governanceBodies().isEmpty() && DecisionBodies.of(plan).isEmpty()) {
      context.finding(JsonPointers.of("governanceBodies"))
          .with("bodies", plan.governanceBodies().size())
          .reference(context.profile().decisionBodyReference())
          .report();
    }
  }
}
