package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.KIND;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

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
        context.finding(Pointer.root().item(GOVERNANCE_BODIES, b).field(KIND))
            .with("body", body.name())
            .with("actual", body.kind())
            .with("expected", context.profile().decisionBodyKinds().asList())
            .reference(context.profile().decisionBodyReference())
            .report();
      }
    }
  }
}
