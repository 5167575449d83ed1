package it.pianodizona.rules.governance;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

/**
 * The body that decides is of a kind the regional law names: in Lombardia the district
 * assembly of mayors (l.r. 3/2008 art. 18).
 */
final class DecisionBodyWrongKind extends AbstractRule {

  DecisionBodyWrongKind() {
    super("DECISION_BODY_WRONG_KIND", RuleFamily.GOVERNANCE, Severity.WARNING, Citations.LOMBARDIA_LR3_2008_ART18);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int b : context.fact(DecisionBodies.INDEXES)) {
      GovernanceBody body = plan.governanceBodies().get(b);
      if (!context.profile().decisionBodyKinds().contains(body.kind())) {
        context.finding(JsonPointers.of("governanceBodies", b, "kind"))
            .with("body", body.name())
            .with("actual", body.kind())
            .with("expected", context.profile().decisionBodyKinds().asList())
            .reference(context.profile().decisionBodyReference())
            .report();
      }
    }
  }
}
