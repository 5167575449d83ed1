package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;

import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Among the bodies an approved plan describes, one decides: the assembly of mayors approves the
 * plan (l.r. Lombardia 3/2008 art. 18). A plan not yet approved, or one that describes no body
 * of its own (only a consortium company's board or assembly), is not judged; a plan that
 * describes no body at all is left to the required elements rule.
 */
final class DecisionBodyMissing extends AbstractRule {

  DecisionBodyMissing() {
    super("DECISION_BODY_MISSING", RuleFamily.GOVERNANCE, Severity.WARNING,
        Citations.LOMBARDIA_LR3_2008_ART18 + "; " + Citations.L328_ART19_C1);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    boolean approved = plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.IN_CONSULTATION;
    boolean ownBodies = plan.governanceBodies().stream().anyMatch(b -> !DecisionBodies.isCompanyBody(b));
    if (approved && ownBodies && context.fact(DecisionBodies.INDEXES).isEmpty()) {
      context.finding(Pointer.root().field(GOVERNANCE_BODIES))
          .with("bodies", plan.governanceBodies().size())
          .reference(context.profile().decisionBodyReference())
          .report();
    }
  }
}
